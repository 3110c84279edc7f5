"""The participant summary, read back from the PDF as a supervisor and as the participant
would read it: goals, milestones, measures, attendance and contacts with the right
numbers; no contact details, notes or anyone else's name; a plain-language version with
no staff words or labels; names in any alphabet printed intact; and only a coordinator
or the person's own peer able to print it."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from peerdesk.db.models import AttendanceMark, AuditEvent, ContactType, GoalStatus
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.reports.participant_report import PLAIN_PRIVACY, date_ticks
from peerdesk.services.encounters import EncounterService
from peerdesk.services.goals import GoalService
from peerdesk.services.groups import GroupService
from peerdesk.services.measures import MeasureService
from peerdesk.services.participant_report import ParticipantReportService, first_name
from peerdesk.services.participants import ParticipantService
from peerdesk.services.reports import ReportRequest, ReportService
from tests.unit.services.conftest import TODAY, Staffed

LAN = "Nguyễn Thị Lan"
OLGA = "Ольга Петрова"
ZOE = "Zoë"
OTHER = "Marguerite Okafor"  # in Lan's group and pia's caseload: never in Lan's report
PHONE = "555-0142"
KEY_CONTACT = "Minh Trần"
PROFILE_NOTE = "Brother is on the lease; do not call before noon."
CONTACT_NOTE = "Talked about the eviction letter and a relapse last spring."
SESSION_NOTE = "Lan was quiet today."
INTAKE = date(2026, 3, 2)
TUESDAYS = [date(2026, 8, 25) + timedelta(weeks=n) for n in range(12)]
# Lan's marks in the Tuesday Circle: 8 attended (present or late), 1 excused, 3 absent,
# the last two in a row.
P, L, E, A = (AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.EXCUSED,
              AttendanceMark.ABSENT)  # fmt: skip
LAN_MARKS = [P, P, L, A, P, E, P, P, P, P, A, A]
# Words that must never reach the participant's own copy.
NOT_FOR_THE_PARTICIPANT = (
    "at risk",
    "at-risk",
    "disengag",
    "discharg",
    "missed",
    "barc",
    "outreach",
    "cut-off",
    "confidential",
    "staff",
    "follow-up",
    "caseload",
    "excused",
)


@dataclass(frozen=True)
class World:
    lan: str
    olga: str
    zoe: str
    other: str


def build_world(staffed: Staffed, today: Callable[[], date]) -> World:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, today)
    lan = people.create(
        LAN,
        assigned_peer="pia",
        first_name="Thị Lan",
        last_name="Nguyễn",
        pronouns="she/her",
        intake_date=INTAKE,
        external_id="P-001",
        notes=PROFILE_NOTE,
    )
    people.add_contact_method(lan, "phone", PHONE, ok_to_text=True)
    people.add_key_contact(lan, KEY_CONTACT, "brother", "555-0199")
    olga = people.create(OLGA, assigned_peer="paz", intake_date=date(2026, 5, 11))
    zoe = people.create(ZOE, assigned_peer="pia", intake_date=date(2026, 6, 1))
    people.set_status(zoe, "disengaged", on=date(2026, 10, 30), note="No answer since October")
    other = people.create(OTHER, assigned_peer="pia", intake_date=INTAKE)

    goals = GoalService(cora, today)
    home = goals.add_goal(lan, "Find a safe place to live", set_on=date(2026, 3, 10))
    call = goals.add_milestone(home, "Call the housing office", due_on=date(2026, 4, 1))
    goals.tick_milestone(call, date(2026, 3, 28))
    goals.add_milestone(home, "Visit two apartments", due_on=date(2026, 12, 15))
    sister = goals.add_goal(lan, "Reconnect with my sister", set_on=date(2026, 4, 1))
    letter = goals.add_milestone(sister, "Write her a letter", due_on=date(2026, 5, 1))
    goals.tick_milestone(letter, date(2026, 5, 2))
    goals.set_status(sister, GoalStatus.ACHIEVED)
    goals.add_note(home, "Worried she will give up on the search.")
    goals.add_goal(other, "Get my driving licence back")

    measures = MeasureService(cora, today=today)
    for day, value in [
        (date(2026, 3, 2), 3),
        (date(2026, 5, 4), 5),
        (date(2026, 7, 6), 4),
        (date(2026, 9, 7), 7),
        (date(2026, 11, 18), 8),
    ]:
        measures.record(lan, "hope", day, total=value)
    measures.record(lan, "satisfaction", date(2026, 5, 4), total=4)
    measures.record(lan, "satisfaction", date(2026, 11, 18), total=5)
    measures.record(lan, "barc10", date(2026, 3, 2), total=31)
    measures.record(lan, "barc10", date(2026, 11, 18), total=44)
    measures.record(zoe, "hope", date(2026, 6, 1), total=6)
    measures.record(other, "hope", date(2026, 6, 1), total=2)

    groups = GroupService(cora, today)
    circle = groups.create_group("Tuesday Circle", facilitators=["fay"])
    studio = groups.create_group("Open Studio", facilitators=["pia"])
    for group in (circle, studio):
        groups.enrol(group, lan, date(2026, 8, 1))
        groups.enrol(group, other, date(2026, 8, 1))
    for day, mark in zip(TUESDAYS, LAN_MARKS, strict=True):
        held = groups.session_on(circle, day)
        groups.set_marks(held, {lan: mark, other: AttendanceMark.PRESENT})
    groups.describe_session(groups.session_on(circle, TUESDAYS[0]), topic=None, notes=SESSION_NOTE)
    for day in (date(2026, 9, 3), date(2026, 10, 1)):
        groups.set_marks(groups.session_on(studio, day), {lan: P, other: A})

    pia = staffed.as_("pia")
    contacts = EncounterService(pia, today)
    for day, kind in [
        (date(2026, 3, 5), ContactType.IN_PERSON),
        (date(2026, 4, 2), ContactType.PHONE),
        (date(2026, 6, 10), ContactType.TEXT),
        (date(2026, 9, 1), ContactType.IN_PERSON),
        (date(2026, 10, 15), ContactType.OUTREACH),
    ]:
        contacts.log_contact(lan, day, kind, notes=CONTACT_NOTE)
    contacts.log_contact(
        lan, date(2026, 11, 16), ContactType.TEXT, follow_up_date=date(2026, 11, 27)
    )
    contacts.log_contact(other, date(2026, 11, 17), ContactType.PHONE, notes="Other's note")
    return World(lan, olga, zoe, other)


@pytest.fixture
def world(staffed: Staffed, today: Callable[[], date]) -> World:
    return build_world(staffed, today)


def _build(
    staffed: Staffed,
    today: Callable[[], date],
    user: str,
    participant: str,
    *,
    plain: bool = False,
    start: date | None = None,
    end: date | None = None,
) -> tuple[bytes, int]:
    request = ReportRequest("participant", start, end, participant=participant, plain=plain)
    built = ReportService(staffed.as_(user), today).build(request)
    return built.content, built.pages


def _text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- the staff version ---------------------------------------------------------------------


def test_staff_version_shows_goals_milestones_and_measures(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, pages = _build(staffed, today, "cora", "P-001")
    flat = _flat(_text(content, tmp_path))

    assert "Participant summary" in flat
    assert "Monday 2 March 2026 to Friday 20 November 2026" in flat  # from intake to today
    for expected in (
        "Legal name Thị Lan Nguyễn",
        "Pronouns she/her",
        "Peer pia",
        "Intake date 2 Mar 2026",
        "2 goals set by 20 Nov 2026; 2 of 3 milestones done by then.",
        "Find a safe place to live",
        "Call the housing office 1 Apr 2026 Done on 28 Mar 2026",
        "Visit two apartments 15 Dec 2026 Not done",
        "Reconnect with my sister",
        "Achieved",
        "Write her a letter 1 May 2026 Done on 2 May 2026",
    ):
        assert expected in flat, expected
    # every rating, by date (hope, then satisfaction when there is one)
    for expected in (
        "2 Mar 2026 3",
        "4 May 2026 5 4",
        "6 Jul 2026 4",
        "7 Sep 2026 7",
        "18 Nov 2026 8 5",
    ):
        assert expected in flat, expected
    assert "BARC-10 totals" in flat
    assert "2 Mar 2026 31" in flat
    assert "18 Nov 2026 44 +13 No" in flat  # below the cut-off of 47
    assert pages >= 2


def test_staff_version_counts_attendance_and_contacts(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, _ = _build(staffed, today, "pia", "P-001")
    flat = _flat(_text(content, tmp_path))

    # group, marked, attended, excused, rate, last attended, missed in a row
    assert "Tuesday Circle 12 8 1 67% 27 Oct 2026 2" in flat
    assert "Open Studio 2 2 0 100% 1 Oct 2026 0" in flat
    assert "In person 2" in flat
    assert "Phone 1" in flat
    assert "Text 2" in flat
    assert "Outreach 1" in flat
    assert "Total 6" in flat
    assert "Last contact 16 Nov 2026" in flat
    assert "Next follow-up 27 Nov 2026" in flat


def test_staff_version_leaves_out_contact_details_notes_and_other_people(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, _ = _build(staffed, today, "cora", "P-001")
    text = _text(content, tmp_path)

    for private in (
        PHONE,
        "555-0199",
        KEY_CONTACT,
        "brother",
        PROFILE_NOTE,
        CONTACT_NOTE,
        SESSION_NOTE,
        "Worried she will give up",
        OTHER,
        "Okafor",
        "driving licence",
        "Other's note",
    ):
        assert private not in text, private
    assert not re.search(r"\d{3}-\d{4}", text)  # no phone number of any kind


def test_a_period_limits_what_is_counted(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, _ = _build(
        staffed, today, "cora", "P-001", start=date(2026, 3, 1), end=date(2026, 4, 30)
    )
    flat = _flat(_text(content, tmp_path))

    assert "Sunday 1 March 2026 to Thursday 30 April 2026" in flat
    assert "Call the housing office 1 Apr 2026 Done on 28 Mar 2026" in flat
    assert "Write her a letter 1 May 2026 Not done" in flat  # ticked after the period
    assert "No group attendance was marked in the period." in flat
    assert "In person 1" in flat
    assert "Phone 1" in flat
    assert "Total 2" in flat
    assert "18 Nov 2026" not in flat.split("Next follow-up")[0]  # later ratings left out


def test_the_default_period_runs_from_intake_to_today(
    staffed: Staffed, today: Callable[[], date], world: World
) -> None:
    summary = ParticipantReportService(staffed.as_("cora"), today).summary("P-001")
    assert (summary.start, summary.end) == (INTAKE, TODAY)
    later = ParticipantReportService(staffed.as_("cora"), today).summary(
        "P-001", start=date(2026, 9, 1)
    )
    assert (later.start, later.end) == (date(2026, 9, 1), TODAY)
    with pytest.raises(InvalidInput):
        ParticipantReportService(staffed.as_("cora"), today).summary(
            "P-001", start=date(2026, 9, 1), end=date(2026, 8, 1)
        )


# --- the plain-language version ------------------------------------------------------------


def test_plain_version_speaks_to_the_participant(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, _ = _build(staffed, today, "pia", "P-001", plain=True)
    flat = _flat(_text(content, tmp_path))

    for expected in (
        "Your recovery journey",
        "Made on Friday 20 November 2026 by Pia",
        "Your goals",
        "Find a safe place to live",
        "You are working on this. You have done 1 of the 2 steps.",
        "Call the housing office",
        "Visit two apartments",
        "Reconnect with my sister",
        "You reached this goal.",
        "How hopeful you have felt",
        "You rated your hope 5 times: 3 out of 10 on Monday 2 March 2026, and 8 the most "
        "recent time, on Wednesday 18 November 2026.",
        "Hope can go up and down, and that is okay.",
        "You came to 8 of 12 group sessions.",
        "You came to both group sessions.",
        "You and Pia met or talked 6 times",
        "Pia plans to check in with you around Friday 27 November 2026.",
        PLAIN_PRIVACY,
    ):
        assert expected in flat, expected
    lowered = flat.lower()
    for word in NOT_FOR_THE_PARTICIPANT:
        assert word not in lowered, word
    for private in (PROFILE_NOTE, CONTACT_NOTE, SESSION_NOTE, "Worried", OTHER, PHONE, "cora"):
        assert private not in flat, private


def test_plain_version_made_by_a_coordinator_names_no_staff(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    content, _ = _build(staffed, today, "cora", world.zoe, plain=True)
    flat = _flat(_text(content, tmp_path))

    assert "by your peer support team" in flat
    assert "cora" not in flat.lower()
    assert "On Monday 1 June 2026 you rated your hope 6 out of 10." in flat
    assert "You haven't written down any goals yet." in flat
    for word in NOT_FOR_THE_PARTICIPANT:
        assert word not in flat.lower(), word  # Zoë's status is "disengaged"


# --- names in any alphabet -----------------------------------------------------------------


@pytest.mark.parametrize("plain", [False, True], ids=["staff", "plain"])
def test_names_in_other_alphabets_print_intact(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path, plain: bool
) -> None:
    for name, participant, user in (
        (LAN, world.lan, "pia"),
        (OLGA, world.olga, "paz"),
        (ZOE, world.zoe, "pia"),
    ):
        content, _ = _build(staffed, today, user, participant, plain=plain)
        path = tmp_path / f"{participant}.pdf"
        path.write_bytes(content)
        first_page = PdfReader(path).pages[0].extract_text()
        assert name in [line.strip() for line in first_page.splitlines()], name
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", path, tmp_path / participant],
            check=True,
        )
        assert (tmp_path / f"{participant}-1.png").stat().st_size > 0


# --- who may print it ----------------------------------------------------------------------


def test_a_peer_can_print_only_their_own_caseload(
    staffed: Staffed, today: Callable[[], date], world: World
) -> None:
    with pytest.raises(PermissionDenied):
        _build(staffed, today, "pia", world.olga)
    with pytest.raises(PermissionDenied):
        _build(staffed, today, "paz", "P-001", plain=True)
    content, pages = _build(staffed, today, "paz", world.olga)
    assert content.startswith(b"%PDF") and pages >= 1


def test_a_facilitator_cannot_print_any_participant(
    staffed: Staffed, today: Callable[[], date], world: World
) -> None:
    for plain in (False, True):
        with pytest.raises(PermissionDenied):
            _build(staffed, today, "fay", "P-001", plain=plain)  # in a group fay runs


def test_writing_it_is_audited_without_names(
    staffed: Staffed, today: Callable[[], date], world: World, tmp_path: Path
) -> None:
    cora = staffed.as_("cora")
    service = ReportService(cora, today)
    with pytest.raises(InvalidInput):
        service.build(ReportRequest("participant"))
    with pytest.raises(InvalidInput):
        service.build(ReportRequest("participant", participant="P-999"))
    path = tmp_path / "lan.pdf"
    built = service.write(ReportRequest("participant", participant="P-001", plain=True), path)
    assert path.read_bytes() == built.content
    assert built.title == "Your recovery journey"
    with cora.session() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "report").order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None
    assert event.record_id == world.lan
    assert event.detail is not None
    assert "plain-language" in event.detail
    for name in ("Lan", "Nguyễn", "P-001", "pia"):
        assert name not in event.detail


# --- small parts ---------------------------------------------------------------------------


def test_date_ticks_fit_the_span() -> None:
    weeks = date_ticks(date(2026, 11, 1), date(2026, 11, 30))
    assert [words for _, words in weeks] == ["1 Nov", "8 Nov", "15 Nov", "22 Nov", "29 Nov"]
    months = date_ticks(date(2026, 3, 2), date(2026, 11, 20))
    assert [words for _, words in months][:2] == ["Apr 2026", "May 2026"]
    assert len(months) == 8
    years = date_ticks(date(2019, 1, 1), date(2026, 11, 20))
    assert len(years) <= 8
    assert all(day.month == 1 for day, _ in years)


def test_the_peer_is_named_by_their_first_name() -> None:
    assert first_name("sam") == "Sam"
    assert first_name("Ana María López") == "Ana"
    assert first_name("deShawn") == "deShawn"
    assert first_name(None) is None
