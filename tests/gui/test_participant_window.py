"""The participant window as a peer meets it: logging a contact without the mouse, the
profile refusing a blank name, ticking milestones, a BARC-10, and nothing typed being
lost when the window closes or PeerDesk locks."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from peerdesk.db.models import (
    ContactType,
    Measure,
    Participant,
    User,
)
from peerdesk.errors import PermissionDenied
from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.drafts import DraftService
from peerdesk.services.encounters import EncounterService
from peerdesk.services.goals import GoalService
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.record_history import record_history
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.participant_window import DRAFT_KIND, ParticipantWindow
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.gui.conftest import RecordingBoxes
from tests.unit.services.conftest import (  # noqa: F401 - fixtures
    TODAY,
    Staffed,
    _staffed_template,
    staffed,
)

CTRL = Qt.KeyboardModifier.ControlModifier
DEMO_TODAY = date(2026, 11, 20)


@pytest.fixture
def world(staffed: Staffed) -> Staffed:  # noqa: F811 - the fixture imported above
    """cora (coordinator), pia and paz (peers) and fay (facilitator) in one vault."""
    return staffed


def _participant(vault: UnlockedVault) -> str:
    service = ParticipantService(vault, lambda: TODAY)
    pid = service.create(
        "Robin",
        first_name="Robin",
        last_name="Okafor",
        pronouns="they/them",
        intake_date=date(2026, 9, 1),
    )
    service.add_contact_method(pid, "phone", "555-0142", ok_to_text=True)
    return pid


def _open(
    qtbot: QtBot, vault: UnlockedVault, boxes: RecordingBoxes, pid: str, **kwargs: object
) -> ParticipantWindow:
    window = ParticipantWindow(
        vault,
        TaskRunner(),
        boxes,  # type: ignore[arg-type]  # the recording stand-in
        pid,
        today=kwargs.pop("today", lambda: TODAY),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.show()
    return window


def _loaded(qtbot: QtBot, window: ParticipantWindow) -> ParticipantWindow:
    qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
    return window


def _idle(qtbot: QtBot, window: ParticipantWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=10_000)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_logging_a_contact_only_from_the_keyboard(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes, qtmodeltester: ModelTester
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    assert window.tabs.currentWidget() is window.contacts
    assert _focused() is window.contacts.contact_date
    assert window.contacts.contact_date.text() == "2026-11-20"  # today, ready to keep

    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "P")  # the type list jumps to "Phone call"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "30")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "housing; sleep")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Talked about the new flat.")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is window.contacts.follow_up
    qtbot.keyClicks(_focused(), "2026-11-27")
    assert window.is_dirty()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=10_000)
    _idle(qtbot, window)
    [contact] = EncounterService(pia, lambda: TODAY).contacts(pid)
    assert contact.contact_date == TODAY
    assert contact.type is ContactType.PHONE
    assert contact.duration_minutes == 30
    assert contact.topics == ["housing", "sleep"]
    assert contact.notes == "Talked about the new flat."
    assert contact.follow_up_date == date(2026, 11, 27)
    assert window.contacts.model.cell(0, window.contacts.TYPE) == "Phone call"
    assert "Saved" in window.contacts.saved_note.text()
    assert not window.is_dirty()
    assert window.contacts.topics.text() == ""  # ready for the next one
    qtmodeltester.check(window.contacts.model)


def test_profile_shows_why_a_blank_display_name_is_not_saved(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes, screenshot_dir: Path
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    profile = window.profile
    assert "OK to text: yes" in profile.method_labels[0].text()
    assert "OK to voicemail: no" in profile.method_labels[0].text()
    assert "555-0142" in profile.method_labels[0].text()

    profile.display_name.clear()
    qtbot.keyClicks(profile.notes, "Prefers mornings")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: profile.message.isVisibleTo(window), timeout=10_000)
    _idle(qtbot, window)
    assert "Please fill in the display name." in profile.message.text()
    assert profile.labels["display_name"].text().startswith("⚠")
    assert window.is_dirty()
    assert boxes.shown == []  # shown in the form, not in a box
    window.grab().save(str(screenshot_dir / "participant-profile-not-saved.png"))
    record = ParticipantService(pia, lambda: TODAY).open(pid)
    assert record.display_name == "Robin"
    assert record.notes is None  # nothing was saved


def test_saving_the_profile_clears_the_message_and_the_changes(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    profile = window.profile
    profile.display_name.setText("Robin O.")
    profile.save()
    qtbot.waitUntil(lambda: profile.saved_note.text() == "Saved", timeout=10_000)
    _idle(qtbot, window)
    assert not window.is_dirty()
    assert "Robin O." in window.heading.text()
    assert ParticipantService(pia, lambda: TODAY).open(pid).display_name == "Robin O."


def test_ticking_a_milestone_saves_it(qtbot: QtBot, world: Staffed, boxes: RecordingBoxes) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    goals = GoalService(pia, lambda: TODAY)
    goal_id = goals.add_goal(pid, "Get my own place", set_on=date(2026, 10, 1))
    goals.add_milestone(goal_id, "Fill in the housing form", date(2026, 11, 30))
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    tree = window.goals.tree
    milestone = tree.topLevelItem(0).child(0)
    assert milestone.checkState(0) == Qt.CheckState.Unchecked
    assert "not done yet" in milestone.text(1)

    window.tabs.setCurrentWidget(window.goals)
    tree.setFocus()
    tree.setCurrentItem(milestone)
    qtbot.keyClick(tree, Qt.Key.Key_Space)

    qtbot.waitUntil(
        lambda: "done 2026-11-20" in tree.topLevelItem(0).child(0).text(1), timeout=10_000
    )
    _idle(qtbot, window)
    [goal] = goals.goals(pid)
    assert goal.milestones[0].done_on == TODAY


def test_entering_a_barc10_shows_the_total_and_saves_it(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    measures = window.measures_tab
    window.tabs.setCurrentWidget(measures)
    measures.instrument.setCurrentIndex(measures.instrument.findData("barc10"))
    combos = measures.item_combos["barc10"]
    assert len(combos) == 10
    assert "more important things to me in life" in combos[0].accessibleName()
    assert combos[0].itemText(6) == "6 — Strongly agree"
    answers = [5, 5, 4, 6, 5, 5, 4, 6, 5, 5]
    for combo, answer in zip(combos[:-1], answers, strict=False):
        combo.setCurrentIndex(combo.findData(answer))
    assert "9 of 10 statements answered" in measures.total.text()
    combos[-1].setFocus()
    qtbot.keyClicks(combos[-1], "5")  # typing the number picks that answer
    assert measures.total.text() == "Total: 50 of 60 — at or above the cut-off of 47"

    qtbot.mouseClick(measures.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1, timeout=10_000)
    _idle(qtbot, window)
    [result] = MeasureService(pia, today=lambda: TODAY).history(pid)
    assert (result.instrument, result.total, result.items) == ("barc10", 50, answers)
    assert measures.chart.points() == [(TODAY, 50)]
    assert "Saved. Total: 50 of 60" in measures.total.text()
    assert not window.is_dirty()


def test_a_draft_comes_back_after_a_lock_and_counts_as_unsaved(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    assert window.draft() is None
    qtbot.keyClicks(window.profile.notes, "Prefers calls after 10am")
    qtbot.keyClicks(window.contacts.topics, "benefits")
    payload = window.draft()
    assert payload is not None
    assert payload["forms"]["profile"]["notes"] == "Prefers calls after 10am"
    assert payload["forms"]["contact"]["topics"] == "benefits"
    assert "measure" not in payload["forms"]  # untouched forms aren't kept
    json.dumps(payload)  # it must go into the vault as JSON

    # what the app controller does when PeerDesk locks, and after the person signs in
    DraftService(pia).save(DRAFT_KIND, pid, payload)
    window.close_without_asking()
    assert not window.isVisible() and boxes.shown == []
    pia.lock()
    again = world.as_("pia")
    [kept] = DraftService(again).pending()
    assert (kept.kind, kept.record_id) == (DRAFT_KIND, pid)

    reopened = _open(qtbot, again, boxes, pid)
    reopened.restore_draft(kept.payload)  # may come before the record has loaded
    _loaded(qtbot, reopened)
    assert reopened.profile.notes.toPlainText() == "Prefers calls after 10am"
    assert reopened.contacts.topics.text() == "benefits"
    assert reopened.is_dirty()
    assert reopened.isWindowModified()
    assert reopened.profile.display_name.text() == "Robin"  # the rest is as saved


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    assert window.close()  # nothing typed: closes without a question
    assert boxes.shown == []

    window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    qtbot.keyClicks(window.contacts.notes, "Half-written note")
    boxes.answer = False
    assert not window.close()
    assert window.isVisible()
    assert boxes.shown == [
        ("confirm", "Unsaved changes", "You have changes that aren't saved. Close anyway?")
    ]
    assert window.contacts.notes.toPlainText() == "Half-written note"
    boxes.answer = True
    assert window.close()
    assert not window.isVisible()


def test_a_peer_cannot_open_someone_elses_participant(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pid = _participant(world.as_("pia"))
    paz = world.as_("paz")
    window = _open(qtbot, paz, boxes, pid)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    _idle(qtbot, window)
    assert boxes.shown == [
        (
            "error",
            "Can't open this record",
            "That participant isn't in your caseload, so their record can't be opened.",
        )
    ]
    assert not window.isVisible()
    assert not window.loaded
    assert window.profile.display_name.text() == ""
    assert "Robin" not in window.heading.text() + window.windowTitle()
    assert window.contacts.model.rowCount() == 0


def test_only_a_coordinator_sees_the_record_history(
    qtbot: QtBot, world: Staffed, boxes: RecordingBoxes
) -> None:
    pia = world.as_("pia")
    pid = _participant(pia)
    peer_window = _loaded(qtbot, _open(qtbot, pia, boxes, pid))
    titles = [peer_window.tabs.tabText(i) for i in range(peer_window.tabs.count())]
    assert peer_window.history is None and "History" not in titles
    with pytest.raises(PermissionDenied):
        record_history(pia, pid)
    _idle(qtbot, peer_window)

    cora = world.as_("cora")
    window = _loaded(qtbot, _open(qtbot, cora, boxes, pid))
    assert window.history is not None
    assert window.tabs.tabText(window.tabs.count() - 1) == "History"
    qtbot.keyClick(window.tabs, Qt.Key.Key_7, CTRL)
    _idle(qtbot, window)
    model = window.history.model
    rows = [[model.cell(r, c) for c in range(4)] for r in range(model.rowCount())]
    assert ["cora", "Opened the record"] in [row[1:3] for row in rows]
    assert ["pia", "Added the participant"] in [row[1:3] for row in rows]


# --- screenshots with realistic data -------------------------------------------------------

CRISIS_RESOURCES = (
    "988 Suicide & Crisis Lifeline: call or text 988, any time.\n"
    "Riverside mobile crisis team: 555-0100 (24 hours).\n"
    "Walk-in crisis centre: Riverside Community Health, 12 Mill Street, 9am to 9pm."
)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo"
    build_demo_vault(folder, participants=12, today=DEMO_TODAY)
    return folder


@pytest.fixture
def demo(_demo_template: Path, tmp_path: Path) -> Iterator[UnlockedVault]:
    folder = tmp_path / "demo"
    shutil.copytree(_demo_template, folder)
    unlocked = Vault(folder).unlock("demo", DEMO_PASSPHRASE)
    yield unlocked
    unlocked.lock()


def _sams_participant(vault: UnlockedVault) -> str:
    """One of sam's participants with a crisis plan and the most BARC-10 results."""
    with vault.session() as s:
        sam = s.scalar(select(User.id).where(User.name == "sam"))
        barc = (
            select(func.count(Measure.id))
            .where(Measure.participant_id == Participant.id, Measure.instrument == "barc10")
            .scalar_subquery()
        )
        pid = s.scalar(
            select(Participant.id)
            .where(Participant.assigned_peer_id == sam)
            .order_by(Participant.crisis_flag.desc(), barc.desc())
        )
        assert pid is not None
        return pid


def test_screenshots_of_every_part(
    qtbot: QtBot, demo: UnlockedVault, boxes: RecordingBoxes, screenshot_dir: Path
) -> None:
    pid = _sams_participant(demo)
    window = _open(
        qtbot, demo, boxes, pid, today=lambda: DEMO_TODAY, crisis_resources=CRISIS_RESOURCES
    )
    _loaded(qtbot, window)
    assert window.size().width() == 1140 and window.size().height() == 760
    names = ["profile", "contacts", "care", "goals", "measures", "safety", "history"]
    assert window.tabs.count() == len(names)
    measures = window.measures_tab
    measures.instrument.setCurrentIndex(measures.instrument.findData("barc10"))
    for combo, answer in zip(measures.item_combos["barc10"][:6], [5, 4, 4, 5, 3, 5], strict=True):
        combo.setCurrentIndex(combo.findData(answer))
    window.contacts.start_entry()
    qtbot.keyClicks(window.contacts.topics, "housing; benefits")
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        _idle(qtbot, window)
        qtbot.wait(50)
        window.grab().save(str(screenshot_dir / f"participant-{name}.png"))
    assert boxes.shown == []
    window.close_without_asking()
