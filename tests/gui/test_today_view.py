"""The Today page as a peer meets it: sections filled, Enter opens the right place, and
empty sections say so kindly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.encounters import EncounterService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.tasks.runner import TaskRunner
from peerdesk.ui.today_view import TodayView
from peerdesk.vault.vault import UnlockedVault, Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.conftest import RecordingBoxes

TUESDAY = date(2026, 11, 24)
EN_DASH = "\N{EN DASH}"  # as schedules are often typed


def _today() -> date:
    return TUESDAY


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


@pytest.fixture
def unlocked(vault_dir: Path) -> Iterator[UnlockedVault]:
    vault = Vault(vault_dir).unlock(USER, PASSPHRASE)
    yield vault
    vault.lock()


def _view(
    qtbot: QtBot, unlocked: UnlockedVault, tasks: TaskRunner, boxes: RecordingBoxes
) -> TodayView:
    view = TodayView(unlocked, tasks, boxes, _today)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None)
    return view


def _texts(view: TodayView, section: str) -> list[str]:
    widget = getattr(view, section).list
    return [widget.item(row).text() for row in range(widget.count())]


def test_sections_fill_and_enter_opens_the_right_place(
    qtbot: QtBot, unlocked: UnlockedVault, tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    people = ParticipantService(unlocked, _today)
    ana = people.create("Ana R.", assigned_peer=USER, intake_date=date(2026, 9, 1))
    ben = people.create("Ben T.", assigned_peer=USER, intake_date=date(2026, 9, 1))
    visits = EncounterService(unlocked, _today)
    visits.log_contact(ana, date(2026, 11, 16), "phone", follow_up_date=date(2026, 11, 21))
    visits.log_contact(ben, date(2026, 11, 23), "phone")
    visits.add_appointment(
        ben,
        datetime.combine(TUESDAY + timedelta(days=1), time(9, 30)),
        "housing",
        place="County Housing Office",
        transport_arranged=True,
    )
    groups = GroupService(unlocked, _today)
    circle = groups.create_group(
        "Evening Circle",
        schedule=f"Tuesdays 6:00{EN_DASH}7:30 pm",
        location="Room B",
        facilitators=[USER],
    )
    groups.enrol(circle, ben, date(2026, 10, 1))
    TrainingService(unlocked, _today).add_record(
        USER, "Crisis response", date(2025, 11, 1), expires_on=TUESDAY - timedelta(days=3)
    )

    view = _view(qtbot, unlocked, tasks, boxes)

    assert "Tuesday 24 November" in view.greeting.text()
    assert view.follow_ups.heading.text() == "Follow-&ups due (1)"
    assert _texts(view, "follow_ups") == ["Ana R. — Overdue by 3 days"]
    [appointment] = _texts(view, "appointments")
    assert appointment.startswith("Tomorrow") and "Ben T." in appointment
    assert "Transport arranged" in appointment and "No reminder yet" in appointment
    assert "County Housing Office" in appointment
    [group] = _texts(view, "groups")
    assert group.startswith(f"Evening Circle\nTuesdays 6:00{EN_DASH}7:30 pm\nRoom B")
    assert "1 person on the roster" in group
    assert _texts(view, "trainings")[0].startswith("Crisis response — Expired 3 days ago")
    assert [s.list.accessibleName() for s in view.sections] == [
        "Appointments today and tomorrow",
        "Follow-ups due",
        "At risk of disengaging",
        "Group sessions today",
        "Your trainings expiring soon",
        "Staff trainings to renew",
    ]
    assert view.staff_trainings.heading.text() == "&Staff trainings to renew (1)"
    assert not boxes.shown

    follow_ups = view.follow_ups.list
    follow_ups.setFocus()
    qtbot.keyClick(follow_ups, Qt.Key.Key_Home)  # nothing is picked until the user moves
    with qtbot.waitSignal(view.participant_opened) as opened:
        qtbot.keyClick(follow_ups, Qt.Key.Key_Return)
    assert opened.args == [ana]

    view.groups.list.setFocus()
    qtbot.keyClick(view.groups.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.group_opened) as opened:
        qtbot.keyClick(view.groups.list, Qt.Key.Key_Return)
    assert opened.args == [circle]

    qtbot.keyClick(view.trainings.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.training_opened):
        qtbot.keyClick(view.trainings.list, Qt.Key.Key_Enter)


def test_empty_sections_say_so_kindly(
    qtbot: QtBot, unlocked: UnlockedVault, tasks: TaskRunner, boxes: RecordingBoxes
) -> None:
    view = _view(qtbot, unlocked, tasks, boxes)

    for section, sentence in (
        ("appointments", "No appointments today or tomorrow."),
        ("follow_ups", "No follow-ups due today."),
        ("groups", "No group sessions today."),
        ("trainings", "Your trainings are all current for the next 60 days."),
    ):
        part = getattr(view, section)
        assert part.empty.text() == sentence
        assert part.empty.isVisible() and not part.list.isVisible()
    assert view.follow_ups.heading.text() == "Follow-&ups due (0)"


def test_demo_screenshot(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    boxes: RecordingBoxes,
    screenshot_dir: Path,
) -> None:
    demo = build_demo_vault(tmp_path / "demo", participants=24, today=TUESDAY)
    sam = Vault(demo.folder).unlock("sam", DEMO_PASSPHRASE)
    try:
        view = _view(qtbot, sam, tasks, boxes)
        assert view.overview is not None and view.overview.group_sessions_today
        assert "Tuesday Recovery Circle" in _texts(view, "groups")[0]
        qtbot.wait(50)  # let the layouts settle before the picture
        view.grab().save(str(screenshot_dir / "today.png"))
    finally:
        tasks.wait_for_done()
        sam.lock()
