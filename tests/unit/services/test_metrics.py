"""Program metrics (DESIGN.md section 7) worked out by hand on small data sets.

Each test builds a few participants, contacts, sessions and measures through the services
and says in comments how every figure it checks is counted. TODAY is 2026-11-20.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from peerdesk.db.models import AttendanceMark, Measure, Participant, ParticipantStatus, Role
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.services.encounters import EncounterService
from peerdesk.services.erasure import ErasureService
from peerdesk.services.groups import GroupService
from peerdesk.services.measures import MeasureService
from peerdesk.services.metrics import KEYS, MetricsService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training import TrainingService
from peerdesk.services.users import UserService
from peerdesk.vault.vault import UnlockedVault
from tests.unit.services.conftest import TODAY, Staffed

# The contract, written out here rather than imported, so a change to it shows.
SECTION_7_KEYS = [
    "participants_served",
    "new_intakes",
    "contacts_total",
    "contacts_by_type",
    "group_sessions_held",
    "attendance_marks",
    "attendance_rate",
    "retained_90d",
    "hope_change_mean",
    "barc10_latest_mean",
    "barc10_at_or_above_47",
    "followups_due",
    "followups_done",
    "staff_training_compliance",
]
CONTACT_TYPES = ["in_person", "phone", "text", "outreach", "accompanied", "group_followup"]

# The third quarter of 2026: 92 days, so to - 90 days is 2 July.
Q3 = (date(2026, 7, 1), date(2026, 9, 30))
ZERO_TYPES = dict.fromkeys(CONTACT_TYPES, 0)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


@dataclass
class World:
    vault: UnlockedVault
    people: ParticipantService
    contacts: EncounterService
    groups: GroupService
    measures: MeasureService
    metrics: MetricsService

    def person(self, name: str, intake: date, **profile: Any) -> str:
        return self.people.create(name, intake_date=intake, **profile)

    def contact(
        self, pid: str, day: date, kind: str = "in_person", follow_up: date | None = None
    ) -> str:
        return self.contacts.log_contact(pid, day, kind, follow_up_date=follow_up)

    def group(self, name: str) -> str:
        return self.groups.create_group(name, facilitators=["fay"])

    def mark(self, group_id: str, day: date, pid: str, mark: str) -> str:
        session_id = self.groups.session_on(group_id, day)
        self.groups.mark(session_id, pid, mark)
        return session_id


def today() -> date:
    return TODAY


def world(staffed: Staffed, who: str = "cora") -> World:
    vault = staffed.as_(who)
    return World(
        vault,
        ParticipantService(vault, today),
        EncounterService(vault, today),
        GroupService(vault, today),
        MeasureService(vault, today=today),
        MetricsService(vault, today),
    )


def without_staff(figures: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in figures.items() if k != "staff_training_compliance"}


# --- the shape ---------------------------------------------------------------------------


def test_the_keys_are_exactly_section_7_in_its_order_and_survive_json(staffed: Staffed) -> None:
    w = world(staffed)
    figures = w.metrics.compute(*Q3)
    assert list(figures) == SECTION_7_KEYS
    assert list(KEYS) == SECTION_7_KEYS
    assert list(figures["contacts_by_type"]) == CONTACT_TYPES
    assert list(json.loads(json.dumps(figures))) == SECTION_7_KEYS


def test_no_data_gives_zero_counts_and_null_rates(staffed: Staffed) -> None:
    w = world(staffed)
    # someone whose only contact is outside the period
    w.contact(w.person("Outside", d(1, 5)), d(6, 30))
    assert w.metrics.compute(*Q3) == {
        "participants_served": 0,
        "new_intakes": 0,
        "contacts_total": 0,
        "contacts_by_type": ZERO_TYPES,  # every type, zeros included
        "group_sessions_held": 0,
        "attendance_marks": 0,
        "attendance_rate": None,  # no marks to divide by
        "retained_90d": None,  # nobody took in between 1 and 2 July
        "hope_change_mean": None,
        "barc10_latest_mean": None,
        "barc10_at_or_above_47": None,
        "followups_due": 0,
        "followups_done": 0,
        # four staff, no required trainings: each has every one of them (none) current
        "staff_training_compliance": 1.0,
    }


def test_a_peer_or_facilitator_is_refused_and_periods_must_run_forwards(staffed: Staffed) -> None:
    for who in ("pia", "fay"):
        metrics = MetricsService(staffed.as_(who), today)
        with pytest.raises(PermissionDenied):
            metrics.compute(*Q3)
        with pytest.raises(PermissionDenied):
            metrics.breakdown(*Q3, "peer")
    metrics = world(staffed).metrics
    with pytest.raises(InvalidInput):
        metrics.compute(d(9, 30), d(7, 1))
    with pytest.raises(InvalidInput):
        metrics.breakdown(*Q3, "postcode")


# --- contacts, sessions and attendance -----------------------------------------------------


def test_period_edges_count_the_first_and_last_day_only(staffed: Staffed) -> None:
    w = world(staffed)
    ann = w.person("Ann", d(1, 10))
    bo = w.person("Bo", d(1, 10))
    w.contact(ann, d(6, 30), "text")  # the day before: out
    w.contact(ann, d(7, 1), "in_person")  # from: in
    w.contact(ann, d(9, 30), "phone")  # to: in
    w.contact(ann, d(10, 1), "outreach")  # the day after: out
    w.contact(bo, d(6, 30))  # Bo only has contacts just outside
    w.contact(bo, d(10, 1))
    circle = w.group("Circle")
    w.groups.enrol(circle, ann, d(1, 10))
    for day in (d(6, 30), d(7, 1), d(9, 30), d(10, 1)):
        w.mark(circle, day, ann, "present")
    # new intakes: the first and last day count, the days around them don't
    w.person("Intake on from", d(7, 1))
    w.person("Intake on to", d(9, 30))
    w.person("Intake before", d(6, 30))
    w.person("Intake after", d(10, 1))

    figures = w.metrics.compute(*Q3)
    assert figures["contacts_total"] == 2  # 1 July and 30 September
    assert figures["contacts_by_type"] == {**ZERO_TYPES, "in_person": 1, "phone": 1}
    assert figures["participants_served"] == 1  # Ann; Bo's contacts are all outside
    assert figures["group_sessions_held"] == 2  # 1 July and 30 September
    assert figures["attendance_marks"] == 2
    assert figures["attendance_rate"] == 1.0
    assert figures["new_intakes"] == 2
    # a one-day period on the edge
    one_day = w.metrics.compute(d(7, 1), d(7, 1))
    assert (one_day["contacts_total"], one_day["group_sessions_held"]) == (1, 1)


def test_attendance_rate_walk_ins_and_cleared_marks(staffed: Staffed) -> None:
    w = world(staffed)
    ann = w.person("Ann", d(1, 5))
    bo = w.person("Bo", d(1, 5))
    circle = w.group("Circle")
    for pid in (ann, bo):
        w.groups.enrol(circle, pid, d(1, 5))
    w.mark(circle, d(7, 7), ann, "present")
    w.mark(circle, d(7, 7), bo, "absent")
    w.mark(circle, d(7, 14), ann, "late")
    second = w.mark(circle, d(7, 14), bo, "excused")
    # a walk-in on 14 July, marked present there: a participant with intake that day
    w.groups.add_walk_in(
        circle, "Walk-in Wes", d(7, 14), session_id=second, mark=AttendanceMark.PRESENT
    )
    # a session nobody came to still was held; a mark set and then cleared is deleted
    third = w.mark(circle, d(8, 4), bo, "present")
    w.groups.mark(third, bo, None)

    figures = w.metrics.compute(*Q3)
    assert figures["group_sessions_held"] == 3  # 7 July, 14 July, 4 August
    # marks: Ann present, Ann late, Bo absent, Bo excused, Wes present (Bo's 4 August
    # mark was cleared) = 5; attended (present or late): Ann twice and Wes = 3
    assert figures["attendance_marks"] == 5
    assert figures["attendance_rate"] == 0.6
    # served: Ann and Wes attended; Bo was only absent or excused
    assert figures["participants_served"] == 2
    assert figures["new_intakes"] == 1  # Wes, taken in on 14 July


def test_deleted_contacts_do_not_count(staffed: Staffed) -> None:
    w = world(staffed)
    ann = w.person("Ann", d(1, 5))
    w.contact(ann, d(7, 2), "phone")
    mistake = w.contact(ann, d(7, 3), "text", follow_up=d(7, 10))
    w.contacts.delete_contact(mistake)
    figures = w.metrics.compute(*Q3)
    assert figures["contacts_total"] == 1  # the phone call; the deleted text is gone
    assert figures["contacts_by_type"] == {**ZERO_TYPES, "phone": 1}
    assert figures["followups_due"] == 0  # the deleted contact's follow-up went with it


def test_discharged_and_tombstoned_participants_still_count(staffed: Staffed) -> None:
    w = world(staffed)
    dee = w.person("Dee", d(1, 5))
    w.contact(dee, d(7, 10))
    w.contact(dee, d(8, 10), "phone")
    w.people.set_status(dee, ParticipantStatus.DISCHARGED, d(8, 15))  # mid-period
    tom = w.person("Tom", d(7, 20))
    w.contact(tom, d(7, 21), "outreach")
    with w.vault.writing() as s:  # a tombstone, as a delete from another device arrives
        row = s.get(Participant, tom)
        assert row is not None
        row.deleted = True

    figures = w.metrics.compute(*Q3)
    assert figures["participants_served"] == 2  # Dee (discharged) and Tom (deleted)
    assert figures["contacts_total"] == 3
    assert figures["contacts_by_type"] == {
        **ZERO_TYPES,
        "in_person": 1,
        "phone": 1,
        "outreach": 1,
    }
    assert figures["new_intakes"] == 1  # Tom, taken in on 20 July


def test_an_erased_participant_still_counts_in_past_periods(staffed: Staffed) -> None:
    w = world(staffed)
    april = (d(4, 1), d(4, 30))
    eve = w.person("Eve", d(4, 1), preferred_language="Spanish", referral_source="clinic")
    w.contact(eve, d(4, 2), "in_person", follow_up=d(4, 9))
    w.contact(eve, d(4, 9), "phone")  # meets the follow-up
    circle = w.group("Circle")
    w.groups.enrol(circle, eve, d(4, 1))
    w.mark(circle, d(4, 7), eve, "present")
    w.measures.record(eve, "hope", d(4, 2), total=3)
    w.measures.record(eve, "hope", d(4, 30), total=6)
    w.measures.record(eve, "barc10", d(4, 15), total=50)

    before = w.metrics.compute(*april)
    assert without_staff(before) == {
        "participants_served": 1,
        "new_intakes": 1,
        "contacts_total": 2,
        "contacts_by_type": {**ZERO_TYPES, "in_person": 1, "phone": 1},
        "group_sessions_held": 1,
        "attendance_marks": 1,
        "attendance_rate": 1.0,
        "retained_90d": None,  # April is shorter than 90 days: nobody can be retained yet
        "hope_change_mean": 3.0,  # 6 - 3
        "barc10_latest_mean": 50.0,
        "barc10_at_or_above_47": 1.0,
        "followups_due": 1,
        "followups_done": 1,
    }
    ErasureService(w.vault, today).erase(eve, "asked to be forgotten")

    after = w.metrics.compute(*april)
    assert after == before  # the skeleton keeps dates, types, marks and totals
    # only what identified her is gone: her language bucket is now "not recorded"
    by_language = w.metrics.breakdown(*april, "language")
    assert list(by_language) == ["(not recorded)"]
    assert by_language["(not recorded)"]["participants_served"] == 1


# --- retention ----------------------------------------------------------------------------


def test_retained_90d_counts_engagement_from_day_90_to_the_end_of_the_period(
    staffed: Staffed,
) -> None:
    w = world(staffed)
    half = (d(1, 1), d(6, 30))  # to - 90 days = 1 April: intakes 1 January to 1 April
    assert d(1, 1) + timedelta(days=90) == d(4, 1)
    assert d(4, 1) + timedelta(days=90) == d(6, 30)
    circle = w.group("Circle")

    r1 = w.person("R1", d(1, 1))  # intake on from; a contact exactly on day 90: retained
    w.contact(r1, d(4, 1))
    r2 = w.person("R2", d(4, 1))  # the last intake day of the cohort; day 90 is `to`
    w.contact(r2, d(6, 30))  # retained
    r3 = w.person("R3", d(1, 10))  # last contact on day 89: not retained
    w.contact(r3, d(4, 9))
    assert d(1, 10) + timedelta(days=89) == d(4, 9)
    r4 = w.person("R4", d(2, 1))  # attended a session on day 93: retained
    w.groups.enrol(circle, r4, d(2, 1))
    w.mark(circle, d(5, 5), r4, "late")
    r5 = w.person("R5", d(2, 1))  # a contact only after `to`: not retained
    w.contact(r5, d(7, 1))
    r6 = w.person("R6", d(3, 1))  # only absent on day 106: not retained
    w.groups.enrol(circle, r6, d(3, 1))
    w.mark(circle, d(6, 15), r6, "absent")
    late = w.person("Too late", d(4, 2))  # intake after to - 90: not in the cohort
    w.contact(late, d(6, 30))
    early = w.person("Too early", d(12, 31, 2025))  # intake before from: not in it
    w.contact(early, d(6, 30))

    # cohort R1..R6 = 6; retained R1, R2, R4 = 3
    assert w.metrics.compute(*half)["retained_90d"] == 0.5
    # a period shorter than 91 days has no cohort
    assert w.metrics.compute(d(4, 1), d(6, 29))["retained_90d"] is None


# --- measures -----------------------------------------------------------------------------


def test_hope_change_and_barc10_use_the_period_only(staffed: Staffed) -> None:
    w = world(staffed)

    def hope(pid: str, *ratings: tuple[date, int]) -> None:
        for day, total in ratings:
            w.measures.record(pid, "hope", day, total=total)

    def barc(pid: str, *totals: tuple[date, int]) -> None:
        for day, total in totals:
            w.measures.record(pid, "barc10", day, total=total)

    h1, h2, h3, h4, h5 = (w.person(f"H{n}", d(1, 5)) for n in range(1, 6))
    hope(h1, (d(7, 5), 3), (d(8, 1), 5), (d(9, 30), 8))  # 8 - 3 = +5
    hope(h2, (d(7, 1), 7), (d(9, 1), 4))  # 4 - 7 = -3
    hope(h3, (d(6, 15), 2), (d(8, 1), 6))  # one rating in the period: left out
    hope(h4, (d(9, 15), 5), (d(10, 1), 9))  # one rating in the period: left out
    hope(h5, (d(7, 3), 4), (d(7, 2), 2))  # recorded out of order: 4 - 2 = +2
    with w.vault.writing() as s:  # a deleted rating doesn't count (it would make H2 10)
        s.add(
            Measure(participant_id=h2, instrument="hope", taken_on=d(9, 20), total=10, deleted=True)
        )
    b1, b2, b3, b4 = (w.person(f"B{n}", d(1, 5)) for n in range(1, 5))
    barc(b1, (d(7, 10), 40), (d(9, 10), 52))  # latest 52
    barc(b2, (d(8, 1), 47))  # 47: at the cut-off
    barc(b3, (d(9, 30), 46))
    barc(b4, (d(6, 30), 60))  # before the period: left out

    figures = w.metrics.compute(*Q3)
    assert figures["hope_change_mean"] == 1.33  # (5 - 3 + 2) / 3 = 1.333…
    assert figures["barc10_latest_mean"] == 48.33  # (52 + 47 + 46) / 3 = 48.333…
    assert figures["barc10_at_or_above_47"] == 0.667  # 52 and 47 of 3
    assert figures["participants_served"] == 0  # measures alone don't make anyone served
    assert w.metrics.distributions(*Q3) == ([-3, 2, 5], [46, 47, 52])


# --- follow-ups ---------------------------------------------------------------------------


def test_follow_ups_due_in_the_period_and_done_by_its_end(staffed: Staffed) -> None:
    w = world(staffed)
    july = (d(7, 1), d(7, 31))
    f1, f2, f3, f4, f5, f6 = (w.person(f"F{n}", d(1, 5)) for n in range(1, 7))
    w.contact(f1, d(6, 25), follow_up=d(7, 2))  # set before the period, due in it
    w.contact(f1, d(7, 5))  # done
    w.contact(f2, d(7, 10), follow_up=d(7, 20))
    w.contact(f2, d(8, 2))  # met only after `to`: not done
    w.contact(f3, d(7, 25), follow_up=d(7, 31))  # due on `to`
    w.contact(f3, d(7, 31))  # met on that very day: done
    w.contact(f4, d(7, 28), follow_up=d(8, 4))  # due after the period: not counted
    w.contact(f5, d(6, 20), follow_up=d(6, 30))  # due before it: not counted
    w.contact(f6, d(7, 15), follow_up=d(7, 22))
    w.contact(f6, d(7, 21))  # a contact before the follow-up date doesn't meet it

    figures = w.metrics.compute(*july)
    assert figures["followups_due"] == 4  # F1, F2, F3, F6
    assert figures["followups_done"] == 2  # F1, F3


# --- staff --------------------------------------------------------------------------------


def test_staff_training_compliance_on_the_last_day(staffed: Staffed) -> None:
    w = world(staffed)
    training = TrainingService(w.vault, today)
    training.require(Role.PEER, "Confidentiality", 12)
    training.require(Role.FACILITATOR, "Boundaries", 12)
    # pia: current on 30 September; paz: ran out on 1 June (overdue); fay: runs out on
    # 15 October, within 30 days, but still valid; cora: no requirement for her role
    training.add_record("pia", "Confidentiality", d(1, 15), expires_on=d(1, 15, 2027))
    training.add_record("paz", "Confidentiality", d(6, 1, 2025), expires_on=d(6, 1))
    training.add_record("fay", "Boundaries", d(10, 15, 2025), expires_on=d(10, 15))

    assert w.metrics.compute(*Q3)["staff_training_compliance"] == 0.75  # 3 of 4
    # judged on `to`: on 31 December 2025 pia hadn't done hers yet (missing), paz's was
    # current and fay's too: cora, paz and fay of 4
    assert w.metrics.compute(d(10, 1, 2025), d(12, 31, 2025))["staff_training_compliance"] == (0.75)
    UserService(w.vault).remove_user("paz")  # removed staff are no longer counted
    assert w.metrics.compute(*Q3)["staff_training_compliance"] == 1.0  # 3 of 3


# --- breakdowns ---------------------------------------------------------------------------


def test_breakdowns_by_peer_language_and_referral_source(staffed: Staffed) -> None:
    w = world(staffed)
    ann = w.person(
        "Ann", d(1, 5), assigned_peer="pia", preferred_language="English", referral_source="clinic"
    )
    bo = w.person("Bo", d(1, 5), assigned_peer="paz", preferred_language="Spanish")
    cy = w.person("Cy", d(7, 3), referral_source="clinic")  # no peer, no language
    w.person("Di", d(1, 5), assigned_peer="pia")  # nothing in the period
    w.person("Ed", d(1, 5), assigned_peer="paz", preferred_language="Tagalog")  # nor here
    w.contact(ann, d(7, 2))
    w.contact(ann, d(7, 9), "phone")
    w.contact(bo, d(8, 1), "text")
    circle = w.group("Circle")
    w.groups.enrol(circle, cy, d(7, 3))
    w.mark(circle, d(7, 7), cy, "present")

    by_peer = w.metrics.breakdown(*Q3, "peer")
    # by name, "(no peer)" last; every bucket has every key, staff compliance None
    assert list(by_peer) == ["paz", "pia", "(no peer)"]
    for figures in by_peer.values():
        assert list(figures) == SECTION_7_KEYS
        assert figures["staff_training_compliance"] is None
    assert by_peer["pia"]["participants_served"] == 1  # Ann (Di had nothing)
    assert by_peer["pia"]["contacts_by_type"] == {**ZERO_TYPES, "in_person": 1, "phone": 1}
    assert by_peer["paz"]["contacts_total"] == 1  # Bo
    nobody = by_peer["(no peer)"]
    assert (nobody["participants_served"], nobody["new_intakes"]) == (1, 1)  # Cy
    # sessions in a bucket: those where someone in it has a mark
    assert (nobody["group_sessions_held"], nobody["attendance_rate"]) == (1, 1.0)
    assert by_peer["pia"]["group_sessions_held"] == 0
    # the buckets add up to the whole
    whole = w.metrics.compute(*Q3)
    for key in ("participants_served", "new_intakes", "contacts_total", "attendance_marks"):
        assert sum(f[key] for f in by_peer.values()) == whole[key], key

    by_language = w.metrics.breakdown(*Q3, "language")
    assert list(by_language) == ["English", "Spanish", "(not recorded)"]  # no Tagalog: empty
    assert by_language["(not recorded)"]["participants_served"] == 1  # Cy

    by_referral = w.metrics.breakdown(*Q3, "referral-source")
    assert by_referral == w.metrics.breakdown(*Q3, "referral_source")
    assert list(by_referral) == ["clinic", "(not recorded)"]
    assert by_referral["clinic"]["participants_served"] == 2  # Ann and Cy
    assert by_referral["(not recorded)"]["contacts_total"] == 1  # Bo


def test_breakdown_by_group_counts_its_sessions_and_its_roster(staffed: Staffed) -> None:
    w = world(staffed)
    ann = w.person("Ann", d(1, 5))
    bo = w.person("Bo", d(1, 5))
    cy = w.person("Cy", d(1, 5))
    one, two = w.group("Monday circle"), w.group("Wednesday walk")
    w.group("Dormant")  # no sessions and nobody on it: left out
    w.groups.enrol(one, ann, d(1, 5))
    w.groups.enrol(one, bo, d(1, 5))
    w.groups.enrol(two, bo, d(1, 5))
    w.groups.enrol(one, cy, d(1, 5), exited_on=d(6, 1))  # left before the period
    w.mark(one, d(7, 6), ann, "present")
    w.mark(one, d(7, 6), bo, "late")
    w.mark(one, d(7, 13), ann, "absent")
    w.mark(two, d(7, 8), bo, "present")
    second = w.groups.session_on(two, d(7, 15))
    w.groups.add_walk_in(two, "Wes", d(7, 15), session_id=second, mark=AttendanceMark.PRESENT)
    w.contact(ann, d(7, 20))
    w.contact(cy, d(7, 21))  # Cy isn't on Monday's roster in the period

    by_group = w.metrics.breakdown(*Q3, "group")
    assert list(by_group) == ["Monday circle", "Wednesday walk"]
    monday, wednesday = by_group["Monday circle"], by_group["Wednesday walk"]
    # Monday: sessions 6 and 13 July; marks Ann present, Bo late, Ann absent; attended 2
    assert (monday["group_sessions_held"], monday["attendance_marks"]) == (2, 3)
    assert monday["attendance_rate"] == 0.667
    assert monday["participants_served"] == 2  # Ann and Bo attended it
    assert monday["contacts_total"] == 1  # its members' contacts: Ann's, not Cy's
    # Wednesday: sessions 8 and 15 July; Bo and the walk-in Wes present
    assert (wednesday["group_sessions_held"], wednesday["attendance_marks"]) == (2, 2)
    assert wednesday["attendance_rate"] == 1.0
    assert wednesday["participants_served"] == 2
    assert wednesday["new_intakes"] == 1  # Wes
    assert wednesday["contacts_total"] == 0  # Ann's contact doesn't serve Wednesday's
    whole = w.metrics.compute(*Q3)
    assert (whole["group_sessions_held"], whole["attendance_marks"]) == (4, 5)
