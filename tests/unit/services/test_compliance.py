"""The compliance rules: expiry and renewal, hour windows, supervision, role changes and
missing records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.db.models import Role
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.compliance import (
    ComplianceService,
    Done,
    Rules,
    Status,
    assess,
    hours_status,
    hours_window,
    status_on,
    supervision_by_month,
)
from peerdesk.services.training import TrainingService
from peerdesk.services.users import UserService
from tests.unit.services.conftest import TODAY, Staffed


def done(
    training: str,
    completed: date,
    expires: date | None = None,
    hours: float | None = None,
    category: str | None = None,
) -> Done:
    return Done(f"{training}-{completed}", training, category, completed, expires, hours)


CONFIDENTIALITY = Rules([("Confidentiality", "core", 12)], [], None)


def test_statuses_from_the_expiry_date() -> None:
    day = date(2026, 6, 15)
    assert status_on(None, day) is Status.CURRENT
    assert status_on(day + timedelta(days=61), day) is Status.CURRENT
    assert status_on(day + timedelta(days=60), day) is Status.EXPIRING_60
    assert status_on(day + timedelta(days=31), day) is Status.EXPIRING_60
    assert status_on(day + timedelta(days=30), day) is Status.EXPIRING_30
    assert status_on(day, day) is Status.EXPIRING_30  # valid through its expiry day
    assert status_on(day - timedelta(days=1), day) is Status.OVERDUE


def test_renewal_on_the_exact_expiry_date_leaves_no_gap() -> None:
    expiry = date(2026, 3, 31)
    old = done("Confidentiality", date(2025, 3, 31), expiry)
    renewed = done("confidentiality ", expiry, date(2027, 3, 31))
    on_the_day = assess("u", "pia", Role.PEER, CONFIDENTIALITY, [old, renewed], [], expiry)
    (item,) = on_the_day.requirements
    assert item.status is Status.CURRENT and item.record == renewed
    day_after = assess("u", "pia", Role.PEER, CONFIDENTIALITY, [old], [], expiry + timedelta(1))
    assert day_after.requirements[0].status is Status.OVERDUE
    # Looking back at the day before: the renewal hadn't happened yet.
    before = assess(
        "u", "pia", Role.PEER, CONFIDENTIALITY, [old, renewed], [], expiry - timedelta(1)
    )
    assert before.requirements[0].record == old


def test_missing_when_never_done_and_the_person_takes_the_worst_status() -> None:
    rules = Rules(
        [("Confidentiality", "core", 12), ("Boundaries", "core", 24), ("CPR", None, None)],
        [],
        None,
    )
    day = date(2026, 11, 20)
    records = [
        done("Confidentiality", date(2026, 1, 10), date(2027, 1, 10)),  # expires in 51 days
        done("CPR", date(2010, 5, 1)),  # never expires
    ]
    person = assess("u", "pia", Role.PEER, rules, records, [], day)
    statuses = {r.training: r.status for r in person.requirements}
    assert statuses == {
        "Confidentiality": Status.EXPIRING_60,
        "Boundaries": Status.MISSING,
        "CPR": Status.CURRENT,
    }
    assert person.status is Status.MISSING
    empty = assess("u", "new", Role.PEER, rules, [], [], day)
    assert {r.status for r in empty.requirements} == {Status.MISSING}
    assert assess("u", "x", Role.PEER, Rules([], [], None), [], [], day).status is Status.CURRENT


def test_hour_windows_straddling_the_period_edge() -> None:
    day = date(2026, 11, 20)
    assert hours_window(day, 24) == (date(2024, 11, 21), day)
    edge = [
        done("Motivational interviewing", date(2024, 11, 21), hours=30, category="ceu"),
        done("Ethics refresher", date(2024, 11, 20), hours=6, category="Ethics"),  # a day early
        done("Suicide prevention", date(2026, 11, 20), hours=6, category="ceu"),  # today counts
    ]
    assert hours_status(edge, None, 36, 24, day) is Status.EXPIRING_30  # 36 now, 6 tomorrow
    assert hours_status(edge, None, 37, 24, day) is Status.OVERDUE
    assert hours_status(edge, "ethics", 3, 24, day) is Status.OVERDUE
    assert hours_status(edge, "ethics", 3, 24, date(2026, 11, 19)) is Status.EXPIRING_30
    later = [done("Recent", date(2026, 1, 1), hours=40)]
    assert hours_status(later, None, 36, 24, day) is Status.CURRENT
    fading = [done("Fading", date(2024, 12, 30), hours=40)]  # drops out in 40 days
    assert hours_status(fading, None, 36, 24, day) is Status.EXPIRING_60


@given(
    completed=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    months=st.integers(min_value=1, max_value=60),
)
def test_a_record_counts_for_exactly_its_window(completed: date, months: int) -> None:
    """Hours done on a day count from that day until the window no longer reaches it."""
    record = [done("T", completed, hours=1)]
    start, end = hours_window(completed, months)
    assert start <= completed == end
    assert hours_status(record, None, 1, months, completed) is not Status.OVERDUE
    assert hours_status(record, None, 1, months, completed - timedelta(days=1)) is Status.OVERDUE
    last_day = completed
    while hours_window(last_day + timedelta(days=1), months)[0] <= completed:
        last_day += timedelta(days=1)
    assert hours_status(record, None, 1, months, last_day) is not Status.OVERDUE
    assert hours_status(record, None, 1, months, last_day + timedelta(1)) is Status.OVERDUE


def test_supervision_months_and_the_target() -> None:
    day = date(2026, 11, 20)
    sessions = [(date(2026, 10, 5), 30), (date(2026, 10, 19), 30), (date(2026, 11, 2), 15)]
    months = supervision_by_month(sessions, day, 3)
    assert months == [(date(2026, 9, 1), 0), (date(2026, 10, 1), 60), (date(2026, 11, 1), 15)]
    rules = Rules([], [], 60)
    person = assess("u", "pia", Role.PEER, rules, [], sessions, day)
    assert person.supervision_status is Status.CURRENT  # October met; November not judged yet
    assert person.supervision[-1].complete is False and person.supervision[-2].met is True
    short = assess("u", "pia", Role.PEER, rules, [], sessions[:1], day)
    assert short.supervision_status is Status.OVERDUE and short.status is Status.OVERDUE


# --- in the vault --------------------------------------------------------------------


def _today() -> date:
    return TODAY


def test_requirements_follow_a_change_of_role(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    training = TrainingService(cora, _today)
    training.require(Role.FACILITATOR, "Group facilitation", 24, "core")
    training.require(Role.PEER, "Peer certification", 24, "certification")
    training.require(Role.PEER, "Group facilitation", 24, "core")
    training.add_record("fay", "Group facilitation", date(2026, 2, 1), hours=12)

    fay = ComplianceService(cora, _today).person("fay")
    assert [(r.training, r.status) for r in fay.requirements] == [
        ("Group facilitation", Status.CURRENT)
    ]
    UserService(cora).change_role("fay", Role.PEER)
    fay = ComplianceService(cora, _today).person("fay")
    statuses = {r.training: r.status for r in fay.requirements}
    assert statuses == {"Group facilitation": Status.CURRENT, "Peer certification": Status.MISSING}
    assert fay.role is Role.PEER and fay.status is Status.MISSING


def test_the_last_coordinator_stays_one(staffed: Staffed) -> None:
    with pytest.raises(InvalidInput, match="only coordinator"):
        UserService(staffed.as_("cora")).change_role("cora", Role.PEER)
    with pytest.raises(PermissionDenied):
        UserService(staffed.as_("pia")).change_role("paz", Role.COORDINATOR)


def test_everyone_for_a_coordinator_and_only_yourself_for_others(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    training = TrainingService(cora, _today)
    training.require(Role.PEER, "Confidentiality", 12)
    training.set_hour_rule(Role.PEER, "Continuing education", 36, 24)
    training.set_hour_rule(Role.PEER, "Ethics", 3, 24, category="ethics")
    training.set_supervision_target(Role.PEER, 60)
    training.add_record("pia", "Confidentiality", TODAY - timedelta(days=400))  # expired
    training.add_record(
        "pia", "Boundaries and ethics", date(2026, 3, 1), hours=40, category="ethics"
    )
    training.log_supervision("pia", date(2026, 10, 14), 60)

    names = [p.name for p in ComplianceService(cora, _today).people()]
    assert names == ["cora", "fay", "paz", "pia"]
    (pia,) = ComplianceService(staffed.as_("pia"), _today).people()
    assert pia.name == "pia"
    assert pia.requirements[0].status is Status.OVERDUE
    assert [(h.label, h.hours_done, h.status) for h in pia.hours] == [
        ("Continuing education", 40.0, Status.CURRENT),
        ("Ethics", 40.0, Status.CURRENT),
    ]
    assert pia.supervision_status is Status.CURRENT
    assert [r.training for r in pia.extra] == ["Boundaries and ethics"]
    with pytest.raises(PermissionDenied):
        ComplianceService(staffed.as_("pia"), _today).person("paz")
    paz = ComplianceService(cora, _today).person("paz")
    assert paz.requirements[0].status is Status.MISSING
    assert {h.status for h in paz.hours} == {Status.OVERDUE}
    assert paz.supervision_status is Status.OVERDUE


def test_rules_can_be_changed_and_removed_by_coordinators_only(staffed: Staffed) -> None:
    cora = TrainingService(staffed.as_("cora"), _today)
    rule = cora.set_hour_rule("peer", "CEU", 36, 24)
    requirement = cora.require("peer", "Boundaries", 24)
    cora.set_supervision_target("peer", 60)
    cora.set_supervision_target("peer", 90)
    assert cora.supervision_targets() == {Role.PEER: 90}
    pia = TrainingService(staffed.as_("pia"), _today)
    for attempt in (
        lambda: pia.set_hour_rule("peer", "CEU", 1, 24),
        lambda: pia.remove_requirement(requirement),
        lambda: pia.set_supervision_target("peer", 1),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    cora.remove_hour_rule(rule)
    cora.remove_requirement(requirement)
    cora.set_supervision_target("peer", None)
    assert cora.hour_rules() == [] and cora.requirements() == []
    assert cora.supervision_targets() == {}
    with pytest.raises(InvalidInput):
        cora.set_hour_rule("peer", "CEU", 0, 24)


def test_a_peer_edits_only_their_own_records(staffed: Staffed) -> None:
    cora = TrainingService(staffed.as_("cora"), _today)
    theirs = cora.add_record("paz", "Boundaries", date(2026, 1, 5))
    pia = TrainingService(staffed.as_("pia"), _today)
    mine = pia.add_record("pia", "Boundaries", date(2026, 1, 5))
    pia.update_record(
        mine,
        training="Boundaries",
        completed_on=date(2026, 1, 6),
        expires_on=None,
        hours=3,
        category="core",
    )
    assert [(r.completed_on, r.hours) for r in pia.records()] == [(date(2026, 1, 6), 3)]
    with pytest.raises(PermissionDenied):
        pia.update_record(
            theirs, training="X", completed_on=TODAY, expires_on=None, hours=None, category=None
        )
    with pytest.raises(PermissionDenied):
        pia.remove_record(theirs)
    with pytest.raises(PermissionDenied):
        pia.add_record("paz", "Boundaries", TODAY)
    pia.remove_record(mine)
    assert pia.records() == []
