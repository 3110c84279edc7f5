"""The signals a peer sees in Today and the caseload."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.db.models import AttendanceMark as M
from peerdesk.db.models import ParticipantStatus
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.encounters import EncounterService
from peerdesk.services.engagement import (
    AtRiskRule,
    EngagementService,
    evaluate,
    missed_in_a_row,
    open_follow_ups,
)
from peerdesk.services.groups import GroupService
from peerdesk.services.measures import MeasureService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.settings import SettingsService
from tests.unit.services.conftest import TODAY, Staffed, set_at_risk_rule

D = date(2026, 11, 1)


def _evaluate(**overrides):  # type: ignore[no-untyped-def]
    values = dict(
        today=TODAY,
        status=ParticipantStatus.ACTIVE,
        intake_date=D,
        contact_dates=[],
        follow_ups=[],
        attended_dates=[],
        marks=[],
        hope=[],
    )
    values.update(overrides)
    return evaluate(**values)


def test_at_risk_after_21_days_without_contact_or_attendance() -> None:
    assert not _evaluate(contact_dates=[TODAY - timedelta(days=20)]).at_risk
    risky = _evaluate(contact_dates=[TODAY - timedelta(days=21)])
    assert risky.at_risk and risky.at_risk_reason == "No contact or group attendance for 21 days"
    attended = _evaluate(
        contact_dates=[TODAY - timedelta(days=40)], attended_dates=[TODAY - timedelta(days=3)]
    )
    assert not attended.at_risk and attended.days_since_engaged == 3


def test_someone_never_seen_counts_from_intake() -> None:
    assert not _evaluate(intake_date=TODAY - timedelta(days=5)).at_risk
    old = _evaluate(intake_date=TODAY - timedelta(days=30))
    assert old.at_risk and "since intake, 30 days ago" in (old.at_risk_reason or "")


def test_two_missed_sessions_in_a_row() -> None:
    marks = [(D, M.PRESENT), (D + timedelta(7), M.ABSENT), (D + timedelta(14), M.ABSENT)]
    result = _evaluate(contact_dates=[TODAY], marks=marks)
    assert result.at_risk
    assert result.at_risk_reason == "Missed the last 2 group sessions in a row"


def test_excused_neither_counts_nor_breaks_a_run_and_attending_ends_it() -> None:
    assert (
        missed_in_a_row(
            [(D, M.ABSENT), (D + timedelta(1), M.EXCUSED), (D + timedelta(2), M.ABSENT)]
        )
        == 2
    )
    assert missed_in_a_row([(D, M.ABSENT), (D + timedelta(1), M.LATE)]) == 0
    # order comes from the dates, not from the list
    assert (
        missed_in_a_row(
            [(D + timedelta(2), M.ABSENT), (D, M.PRESENT), (D + timedelta(1), M.ABSENT)]
        )
        == 2
    )


def test_only_active_participants_are_at_risk() -> None:
    for status in (
        ParticipantStatus.PAUSED,
        ParticipantStatus.DISCHARGED,
        ParticipantStatus.DISENGAGED,
    ):
        assert not _evaluate(status=status, intake_date=TODAY - timedelta(days=90)).at_risk


def test_follow_ups_are_open_until_a_contact_on_or_after_them() -> None:
    follow_ups = [date(2026, 11, 10), date(2026, 11, 25)]
    assert open_follow_ups([date(2026, 11, 3)], follow_ups) == follow_ups
    assert open_follow_ups([date(2026, 11, 3), date(2026, 11, 10)], follow_ups) == [
        date(2026, 11, 25)
    ]
    result = _evaluate(contact_dates=[date(2026, 11, 3)], follow_ups=follow_ups)
    assert result.follow_ups_due == 1 and result.next_follow_up == date(2026, 11, 10)


def test_signals_from_the_vault(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    quiet = people.create("Quiet", assigned_peer="pia", intake_date=date(2026, 9, 1))
    busy = people.create("Busy", assigned_peer="pia", intake_date=date(2026, 9, 1))
    contacts = EncounterService(cora, lambda: TODAY)
    contacts.log_contact(quiet, date(2026, 10, 1), "phone", follow_up_date=date(2026, 10, 8))
    contacts.log_contact(busy, date(2026, 11, 18), "in person", follow_up_date=date(2026, 11, 25))
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group("Circle", facilitators=["pia"])
    groups.enrol(group, busy, date(2026, 9, 1))
    for week in (1, 2):
        session = groups.session_on(group, date(2026, 11, 5) + timedelta(weeks=week - 1))
        groups.mark(session, busy, "absent")
    hope = MeasureService(cora, today=lambda: TODAY)
    hope.record(busy, "hope", date(2026, 10, 1), total=4)
    hope.record(busy, "hope", date(2026, 11, 18), total=7)

    signals = EngagementService(staffed.as_("pia"), lambda: TODAY).signals()
    assert signals[quiet].at_risk and signals[quiet].days_since_engaged == 50
    assert signals[quiet].follow_ups_due == 1
    assert signals[busy].at_risk_reason == "Missed the last 2 group sessions in a row"
    assert signals[busy].latest_hope == 7 and signals[busy].hope_change == 3
    assert signals[busy].next_follow_up == date(2026, 11, 25)
    assert signals[busy].follow_ups_due == 0
    # paz sees none of pia's caseload
    assert EngagementService(staffed.as_("paz"), lambda: TODAY).signals() == {}


def test_the_program_sets_its_own_at_risk_rule(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    ten_days = people.create("Ten days", assigned_peer="pia", intake_date=date(2026, 9, 1))
    EncounterService(cora, lambda: TODAY).log_contact(ten_days, TODAY - timedelta(10), "phone")
    settings = SettingsService(cora)
    assert settings.load().at_risk == AtRiskRule(21, 2)
    assert not EngagementService(cora, lambda: TODAY).signals()[ten_days].at_risk

    set_at_risk_rule(cora, AtRiskRule(quiet_days=10, missed_in_a_row=3))
    assert settings.load().at_risk == AtRiskRule(10, 3)
    risky = EngagementService(staffed.as_("pia"), lambda: TODAY).signals()[ten_days]
    assert risky.at_risk_reason == "No contact or group attendance for 10 days"
    with pytest.raises(InvalidInput, match="days without contact"):
        settings.save(
            idle_lock_minutes=5,
            crisis_resources="",
            organisation="",
            at_risk=AtRiskRule(quiet_days=0, missed_in_a_row=3),
        )
    with pytest.raises(PermissionDenied):
        SettingsService(staffed.as_("pia")).save(
            idle_lock_minutes=5, crisis_resources="", organisation="", at_risk=AtRiskRule(30, 2)
        )


def test_one_day_and_one_session_read_in_the_singular() -> None:
    rule = AtRiskRule(quiet_days=1, missed_in_a_row=1)
    result = _evaluate(contact_dates=[TODAY - timedelta(days=1)], marks=[(D, M.ABSENT)], rule=rule)
    assert result.at_risk_reason == (
        "No contact or group attendance for 1 day; Missed the last 1 group session in a row"
    )


def test_the_attendance_history_marks_the_same_people_as_the_rule(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    two = people.create("Missed two", assigned_peer="pia", intake_date=date(2026, 9, 1))
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group("Circle", facilitators=["pia"])
    groups.enrol(group, two, date(2026, 9, 1))
    for week in (0, 1):
        session = groups.session_on(group, date(2026, 11, 5) + timedelta(weeks=week))
        groups.mark(session, two, "absent")

    def red() -> bool:
        grid = groups.history(group, date(2026, 11, 1), TODAY)
        return grid.rows[0].missing_sessions

    assert red()  # 2 in a row, the default rule
    set_at_risk_rule(cora, AtRiskRule(quiet_days=21, missed_in_a_row=3))
    assert not red()
