"""Groups, rosters, sessions and attendance as the group screens use them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from peerdesk.db.models import Attendance, AttendanceMark, Participant
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from tests.unit.services.conftest import TODAY, Staffed

P, L, E, A = (
    AttendanceMark.PRESENT,
    AttendanceMark.LATE,
    AttendanceMark.EXCUSED,
    AttendanceMark.ABSENT,
)


def _today() -> date:
    return TODAY


def _circle(staffed: Staffed, people: int = 3) -> tuple[GroupService, str, list[str]]:
    cora = staffed.as_("cora")
    participants = ParticipantService(cora, _today)
    groups = GroupService(cora, _today)
    group = groups.create_group(
        "Circle", kind="Recovery", schedule="Thursdays 6pm", facilitators=["fay", "pia"]
    )
    ids = []
    for number in range(people):
        pid = participants.create(
            f"Person {number}", first_name=f"Legal{number}", last_name="Surname"
        )
        groups.enrol(group, pid, date(2026, 1, 1))
        ids.append(pid)
    return groups, group, ids


def test_group_list_shows_roster_size_and_recent_attendance_rate(staffed: Staffed) -> None:
    groups, group, (a, b, c) = _circle(staffed)
    groups.end_enrolment(group, c, date(2026, 6, 1))
    thursdays = [TODAY - timedelta(days=1) - timedelta(weeks=w) for w in range(10)]
    for held_on in thursdays[:8]:  # the last 8: a always comes, b never
        session = groups.session_on(group, held_on)
        groups.set_marks(session, {a: P, b: A})
    for held_on in thursdays[8:]:  # older ones: both came; they don't count
        groups.set_marks(groups.session_on(group, held_on), {a: P, b: P})

    (view,) = groups.groups()
    assert view.name == "Circle" and view.facilitators == ["fay", "pia"]
    assert view.roster_size == 2  # c left in June
    assert view.recent_sessions == 8
    assert view.attendance_rate == 0.5


def test_facilitator_sees_and_runs_only_their_groups(staffed: Staffed) -> None:
    groups, _, _ = _circle(staffed)
    other = groups.create_group("Art group", facilitators=["paz"])
    fay = GroupService(staffed.as_("fay"), _today)
    assert [g.name for g in fay.groups()] == ["Circle"]
    with pytest.raises(PermissionDenied):
        fay.session_on(other, TODAY)
    with pytest.raises(PermissionDenied):
        fay.detail(other)
    with pytest.raises(PermissionDenied):
        fay.create_group("Mine")


def test_a_mark_returns_what_it_replaced_so_it_can_be_undone(staffed: Staffed) -> None:
    groups, group, (a, b, _) = _circle(staffed)
    session = groups.session_on(group, TODAY)
    assert groups.mark(session, a, "present") is None
    assert groups.mark(session, a, AttendanceMark.LATE) is P
    before = groups.set_marks(session, {a: P, b: P})
    assert before == {a: L, b: None}
    groups.set_marks(session, before)  # undo "mark all present"
    assert groups.marks(session) == {a: L}


def test_only_people_on_the_roster_can_be_marked(staffed: Staffed) -> None:
    groups, group, _ = _circle(staffed)
    stranger = ParticipantService(staffed.as_("cora"), _today).create("Stranger")
    session = groups.session_on(group, TODAY)
    with pytest.raises(InvalidInput, match="roster"):
        groups.mark(session, stranger, "present")
    assert groups.marks(session) == {}


def test_a_walk_in_is_a_display_name_enrolled_and_marked_at_once(staffed: Staffed) -> None:
    _groups, group, _ = _circle(staffed)
    fay = GroupService(staffed.as_("fay"), _today)
    session = fay.session_on(group, TODAY)
    pid = fay.add_walk_in(group, "  Dee  ", TODAY, session_id=session, mark=P)
    assert fay.marks(session)[pid] is P
    assert [e.display_name for e in fay.roster(group, TODAY) if e.participant_id == pid] == ["Dee"]
    with staffed.as_("cora").session() as s:
        person = s.get(Participant, pid)
        assert person is not None
        assert (person.display_name, person.first_name, person.intake_date) == ("Dee", None, TODAY)
    with pytest.raises(InvalidInput, match="name"):
        fay.add_walk_in(group, "   ", TODAY)


def test_two_facilitators_mark_the_same_session(staffed: Staffed) -> None:
    _groups, group, (a, b, _c) = _circle(staffed)
    fay = GroupService(staffed.as_("fay"), _today)
    pia = GroupService(staffed.as_("pia"), _today)
    first = fay.session_on(group, TODAY)
    fay.mark(first, a, "present")
    second = pia.session_on(group, TODAY)
    pia.mark(second, b, "late")
    assert first == second
    sheet = fay.sheet(first)
    assert sheet.facilitators_present == ["fay", "pia"]
    assert sheet.marks == {a: P, b: L}
    with staffed.as_("cora").session() as s:
        assert len(s.scalars(select(Attendance)).all()) == 2


def test_the_sheet_lists_who_was_expected_that_day(staffed: Staffed) -> None:
    groups, group, (_a, b, c) = _circle(staffed)
    late_joiner = ParticipantService(staffed.as_("cora"), _today).create("Joiner")
    groups.enrol(group, late_joiner, date(2026, 11, 1))
    groups.end_enrolment(group, b, date(2026, 10, 1))
    september = groups.session_on(group, date(2026, 9, 3))
    groups.mark(september, b, "present")
    groups.end_enrolment(group, c, date(2026, 8, 1))

    sheet = groups.sheet(september)
    assert sorted(e.display_name for e in sheet.people) == ["Person 0", "Person 1"]
    now = groups.sheet(groups.session_on(group, TODAY))
    assert sorted(e.display_name for e in now.people) == ["Joiner", "Person 0"]


def test_topic_and_notes_are_kept(staffed: Staffed) -> None:
    groups, group, _ = _circle(staffed)
    session = groups.session_on(group, TODAY, topic="Boundaries")
    groups.describe_session(session, topic="Boundaries at home", notes="Good energy.")
    sheet = groups.sheet(session)
    assert (sheet.topic, sheet.notes) == ("Boundaries at home", "Good energy.")


def test_sessions_can_not_be_in_the_future(staffed: Staffed) -> None:
    groups, group, _ = _circle(staffed)
    with pytest.raises(InvalidInput, match="future"):
        groups.session_on(group, TODAY + timedelta(days=1))


def test_history_grid_rates_and_absences_in_a_row(staffed: Staffed) -> None:
    groups, group, (a, b, c) = _circle(staffed)
    days = [date(2026, 10, 1) + timedelta(weeks=w) for w in range(6)]
    plan = {
        a: [P, L, A, P, P, P],
        b: [P, A, E, A, A, None],  # excused neither counts nor breaks the run
        c: [None, None, None, None, None, None],
    }
    for index, held_on in enumerate(days):
        session = groups.session_on(group, held_on)
        groups.set_marks(session, {pid: marks[index] for pid, marks in plan.items()})

    grid = groups.history(group, date(2026, 10, 1), date(2026, 11, 30))
    assert [held_on for _, held_on in grid.sessions] == days
    rows = {r.participant_id: r for r in grid.rows}
    assert rows[a].marks == plan[a] and rows[a].rate == 0.833 and rows[a].missed_in_a_row == 0
    assert rows[b].missed_in_a_row == 3 and rows[b].rate == 0.2
    assert rows[c].rate is None and rows[c].marks == [None] * 6

    narrow = groups.history(group, date(2026, 10, 8), date(2026, 10, 15))
    assert [r.marks for r in narrow.rows if r.participant_id == a] == [[L, A]]
    with pytest.raises(InvalidInput):
        groups.history(group, TODAY, TODAY - timedelta(days=1))


def test_detail_lists_roster_dates_and_sessions_newest_first(staffed: Staffed) -> None:
    groups, group, (a, b, _) = _circle(staffed)
    groups.end_enrolment(group, b, date(2026, 10, 1))
    older = groups.session_on(group, date(2026, 9, 3), topic="Hope")
    groups.set_marks(older, {a: P, b: A})
    groups.session_on(group, date(2026, 11, 19))
    detail = groups.detail(group)
    assert [(s.held_on, s.topic, s.marked, s.attended) for s in detail.sessions] == [
        (date(2026, 11, 19), None, 0, 0),
        (date(2026, 9, 3), "Hope", 2, 1),
    ]
    exits = {e.display_name: e.exited_on for e in detail.roster}
    assert exits == {"Person 0": None, "Person 1": date(2026, 10, 1), "Person 2": None}


def test_who_can_be_put_on_a_roster(staffed: Staffed) -> None:
    groups, group, (_a, *_) = _circle(staffed)
    people = ParticipantService(staffed.as_("cora"), _today)
    mine = people.create("Mo", assigned_peer="pia")
    people.create("Theirs", assigned_peer="paz")
    pia = GroupService(staffed.as_("pia"), _today)
    assert pia.people_to_enrol(group) == [(mine, "Mo")]
    assert GroupService(staffed.as_("fay"), _today).people_to_enrol(group) == []
    everyone = {name for _, name in groups.people_to_enrol(group)}
    assert everyone == {"Mo", "Theirs"}  # not those already on the roster
