"""The Today page's rules: what counts as today and tomorrow, overdue, at risk, a group
meeting today, and a training running out, for each role."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from peerdesk.db.models import Role
from peerdesk.services.encounters import EncounterService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.today import TodayService, schedule_days, schedule_start
from peerdesk.services.training import TrainingService
from tests.unit.services.conftest import Staffed

TUESDAY = date(2026, 11, 24)
EN_DASH = "\N{EN DASH}"  # as schedules are often typed
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _today() -> date:
    return TUESDAY


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))  # local time, as typed


@pytest.mark.parametrize(
    ("schedule", "days"),
    [
        (f"Tuesdays 6:00{EN_DASH}7:30 pm", {TUE}),
        ("Tuesdays 6:00 to 7:30 pm", {TUE}),
        ("every Thursday, 10 am", {THU}),
        ("Mon & Wed 5:30 pm", {MON, WED}),
        ("Tue/Thu mornings", {TUE, THU}),
        (f"Mon{EN_DASH}Fri 9 to 5", {MON, TUE, WED, THU, FRI}),
        ("Fri - Mon", {FRI, SAT, SUN, MON}),
        ("weekdays at noon", {MON, TUE, WED, THU, FRI}),
        ("daily check-in", set(range(7))),
        ("Miércoles 5:30 pm", {WED}),
        ("lunes a miércoles", {MON, TUE, WED}),
        ("Sunnyside Hall, monthly", set()),
        ("Monthly, by arrangement", set()),
        ("", set()),
        (None, set()),
    ],
)
def test_schedule_days_reads_the_weekdays_a_schedule_mentions(
    schedule: str | None, days: set[int]
) -> None:
    assert schedule_days(schedule) == days


def test_schedule_start_reads_the_first_time() -> None:
    assert schedule_start("Tuesdays 6:00 to 7:30 pm") == time(18, 0)
    assert schedule_start("Thursdays 10:00 to 11:30 am") == time(10, 0)
    assert schedule_start("Fridays 1 pm, Room 2") == time(13, 0)
    assert schedule_start("Room 2, Tuesdays") is None


def test_appointments_today_and_tomorrow_in_local_time(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, _today)
    ana = people.create("Ana R.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    visits = EncounterService(cora, _today)
    yesterday, tomorrow = TUESDAY - timedelta(days=1), TUESDAY + timedelta(days=1)
    visits.add_appointment(ana, _at(yesterday, 23, 30), "clinical")
    visits.add_appointment(
        ana,
        _at(TUESDAY, 14, 30),
        "housing",
        place="County Housing Office",
        peer_goes_along=True,
        transport_arranged=True,
    )
    visits.add_appointment(ana, _at(TUESDAY, 0, 0), "court", reminder_made=True)
    visits.add_appointment(ana, _at(tomorrow, 23, 59), "benefits")
    visits.add_appointment(ana, _at(tomorrow + timedelta(days=1), 0, 0), "clinical")

    overview = TodayService(staffed.as_("pia"), _today).load()

    assert [(a.kind, a.is_tomorrow) for a in overview.appointments] == [
        ("court", False),
        ("housing", False),
        ("benefits", True),
    ]
    housing = overview.appointments[1]
    assert housing.when.replace(tzinfo=None) == _at(TUESDAY, 14, 30)
    assert housing.participant_id == ana and housing.display_name == "Ana R."
    assert housing.place == "County Housing Office"
    assert housing.peer_goes_along and housing.transport_arranged and not housing.reminder_made
    assert overview.appointments[0].reminder_made
    assert housing.peer_name is None  # a peer's own caseload needs no peer name


def test_follow_ups_due_today_and_overdue_with_days_overdue(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, _today)
    late = people.create("Late L.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    due = people.create("Due D.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    met = people.create("Met M.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    later = people.create("Later L.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    contacts = EncounterService(cora, _today)
    contacts.log_contact(late, date(2026, 11, 14), "phone", follow_up_date=date(2026, 11, 19))
    contacts.log_contact(late, date(2026, 11, 15), "text", follow_up_date=date(2026, 11, 21))
    contacts.log_contact(due, date(2026, 11, 17), "phone", follow_up_date=TUESDAY)
    contacts.log_contact(met, date(2026, 11, 16), "phone", follow_up_date=date(2026, 11, 20))
    contacts.log_contact(met, date(2026, 11, 20), "in person")
    contacts.log_contact(later, date(2026, 11, 20), "phone", follow_up_date=date(2026, 11, 30))

    follow_ups = TodayService(staffed.as_("pia"), _today).load().follow_ups

    assert [(f.participant_id, f.days_overdue) for f in follow_ups] == [(late, 5), (due, 0)]
    assert follow_ups[0].due_on == date(2026, 11, 19) and follow_ups[0].open_count == 2
    assert follow_ups[0].display_name == "Late L."


def test_at_risk_comes_with_the_reason(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, _today)
    quiet = people.create("Quiet Q.", assigned_peer="pia", intake_date=date(2026, 9, 1))
    new = people.create("New N.", assigned_peer="pia", intake_date=date(2026, 10, 1))
    fine = people.create("Fine F.", assigned_peer="pia", intake_date=date(2026, 9, 1))
    contacts = EncounterService(cora, _today)
    contacts.log_contact(quiet, date(2026, 10, 24), "phone")
    contacts.log_contact(fine, date(2026, 11, 20), "phone")
    groups = GroupService(cora, _today)
    circle = groups.create_group("Circle", schedule="Thursdays", facilitators=["pia"])
    groups.enrol(circle, fine, date(2026, 9, 1))
    for held_on in (date(2026, 11, 12), date(2026, 11, 19)):
        groups.mark(groups.session_on(circle, held_on), fine, "absent")

    at_risk = {i.participant_id: i for i in TodayService(staffed.as_("pia"), _today).load().at_risk}

    assert set(at_risk) == {quiet, new, fine}
    assert at_risk[quiet].reason == "No contact or group attendance for 31 days"
    assert at_risk[quiet].quiet_days == 31 and not at_risk[quiet].never_engaged
    assert at_risk[new].never_engaged and at_risk[new].quiet_days == 54
    assert "since intake" in at_risk[new].reason
    assert at_risk[fine].quiet_days is None and at_risk[fine].missed_in_a_row == 2
    assert at_risk[fine].reason == "Missed the last 2 group sessions in a row"


def test_group_sessions_today_by_weekday_or_a_session_dated_today(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, _today)
    groups = GroupService(cora, _today)
    evening = groups.create_group(
        "Evening Circle",
        schedule=f"Tuesdays 6:00{EN_DASH}7:30 pm",
        location="Room B",
        facilitators=["pia", "fay"],
    )
    morning = groups.create_group("Morning Group", schedule="Tue 10 am", facilitators=["paz"])
    thursday = groups.create_group("Thursday Group", schedule="Thursdays", facilitators=["pia"])
    moved = groups.create_group("Moved Group", schedule="Wednesdays", facilitators=["pia"])
    groups.session_on(moved, TUESDAY)  # met a day early this week
    for name, exited in (("One", None), ("Two", None), ("Gone", date(2026, 11, 1))):
        pid = people.create(name, intake_date=date(2026, 10, 1))
        groups.enrol(evening, pid, date(2026, 10, 1), exited)
    late_joiner = people.create("Later", intake_date=date(2026, 10, 1))
    groups.enrol(evening, late_joiner, date(2026, 12, 1))

    everyone = TodayService(cora, _today).load().group_sessions_today
    assert [g.name for g in everyone] == ["Morning Group", "Evening Circle", "Moved Group"]

    mine = TodayService(staffed.as_("pia"), _today).load().group_sessions_today
    assert [g.group_id for g in mine] == [evening, moved]
    assert thursday not in {g.group_id for g in mine} and morning not in {g.group_id for g in mine}
    circle = mine[0]
    assert circle.schedule == f"Tuesdays 6:00{EN_DASH}7:30 pm" and circle.location == "Room B"
    assert circle.roster_size == 2  # enrolled today: not the one who left or joins later
    assert not circle.session_recorded and mine[1].session_recorded


def test_own_trainings_expiring_within_60_days_or_expired(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    training = TrainingService(cora, _today)
    year_ago = date(2025, 11, 1)
    training.add_record("pia", "Confidentiality", year_ago, expires_on=TUESDAY + timedelta(60))
    training.add_record("pia", "Boundaries", year_ago, expires_on=TUESDAY + timedelta(61))
    training.add_record("pia", "Crisis response", year_ago, expires_on=TUESDAY - timedelta(3))
    training.add_record("pia", "Trauma-informed care", year_ago, expires_on=TUESDAY)
    # renewed: the old, expired record no longer counts
    training.add_record("pia", "Peer certification", date(2024, 1, 1), expires_on=date(2026, 1, 1))
    training.add_record("pia", "Peer certification", date(2026, 1, 1), expires_on=date(2028, 1, 1))
    training.add_record("pia", "Naloxone training", year_ago)  # never expires
    training.add_record("paz", "Confidentiality", year_ago, expires_on=TUESDAY + timedelta(10))
    training.add_record("fay", "Confidentiality", year_ago, expires_on=TUESDAY + timedelta(100))

    overview = TodayService(staffed.as_("pia"), _today).load()

    assert [(t.training, t.days_left, t.expired) for t in overview.trainings_expiring] == [
        ("Crisis response", -3, True),
        ("Trauma-informed care", 0, False),
        ("Confidentiality", 60, False),
    ]
    assert overview.staff_with_expiring_trainings is None  # only coordinators get the count
    coordinator = TodayService(cora, _today).load()
    assert coordinator.trainings_expiring == []
    assert coordinator.staff_with_expiring_trainings == 2  # pia and paz


def test_facilitator_gets_groups_and_trainings_but_no_caseload(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    ana = ParticipantService(cora, _today).create(
        "Ana R.", assigned_peer="pia", intake_date=date(2026, 9, 1)
    )
    EncounterService(cora, _today).log_contact(
        ana, date(2026, 10, 1), "phone", follow_up_date=date(2026, 10, 8)
    )
    EncounterService(cora, _today).add_appointment(ana, _at(TUESDAY, 11), "clinical")
    circle = GroupService(cora, _today).create_group(
        "Circle", schedule="Tuesdays", facilitators=["fay"]
    )
    TrainingService(cora, _today).add_record(
        "fay", "Group facilitation", date(2024, 12, 1), expires_on=TUESDAY + timedelta(20)
    )

    overview = TodayService(staffed.as_("fay"), _today).load()

    assert overview.role is Role.FACILITATOR and not overview.has_caseload
    assert overview.appointments == [] and overview.follow_ups == [] and overview.at_risk == []
    assert [g.group_id for g in overview.group_sessions_today] == [circle]
    assert [t.training for t in overview.trainings_expiring] == ["Group facilitation"]
    # the coordinator sees the same person everywhere, with whose caseload it is
    everything = TodayService(cora, _today).load()
    assert [a.peer_name for a in everything.appointments] == ["pia"]
    assert [f.participant_id for f in everything.follow_ups] == [ana]
    assert [(r.participant_id, r.peer_name) for r in everything.at_risk] == [(ana, "pia")]


def test_a_peer_sees_only_their_own_caseload(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, _today)
    mine = people.create("Mine M.", assigned_peer="pia", intake_date=date(2026, 9, 1))
    theirs = people.create("Theirs T.", assigned_peer="paz", intake_date=date(2026, 9, 1))
    visits = EncounterService(cora, _today)
    for pid in (mine, theirs):
        visits.log_contact(pid, date(2026, 10, 1), "phone", follow_up_date=date(2026, 10, 8))
        visits.add_appointment(pid, _at(TUESDAY, 11), "clinical")

    overview = TodayService(staffed.as_("pia"), _today).load()

    assert [a.participant_id for a in overview.appointments] == [mine]
    assert [f.participant_id for f in overview.follow_ups] == [mine]
    assert [r.participant_id for r in overview.at_risk] == [mine]
