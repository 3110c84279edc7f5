"""The attendance report, read back from the PDF: every person's marks letter by letter,
their rates and absences in a row, each session's totals and each month's rate; a long
period split into blocks of sessions with the names again and the heading row on every
page; names in any alphabet intact; and only those who run the group able to print it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from peerdesk.db.models import AttendanceMark, AuditEvent
from peerdesk.errors import InvalidInput
from peerdesk.reports.attendance_report import SESSIONS_PER_TABLE, months
from peerdesk.reports.layout import EN_DASH
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.reports import ReportRequest, ReportService
from tests.unit.services.conftest import TODAY, Staffed

LAN, OLGA, ZOE, QUIET = "Nguyễn Thị Lan", "Ольга Петрова", "Zoë", "Sam Quiet"
TUESDAYS = [date(2026, 8, 4) + timedelta(weeks=n) for n in range(12)]  # Aug 4 to Oct 20
START, END = date(2026, 8, 1), date(2026, 10, 31)
# Marks at the 12 sessions ("-": none; Zoë joined on 1 September).
MARKS = {
    LAN: "PPLAPEPPPPAA",  # 7 present, 1 late, 1 excused, 3 absent: 8 of 12, 2 in a row
    OLGA: "PPPPPPPPPPPP",  # 12 of 12
    ZOE: "----AAEPLPPA",  # 3 present, 1 late, 1 excused, 3 absent: 4 of 8, 1 in a row
    QUIET: "------------",  # on the roster, never marked
}
LETTER_MARKS = {
    "P": AttendanceMark.PRESENT,
    "L": AttendanceMark.LATE,
    "E": AttendanceMark.EXCUSED,
    "A": AttendanceMark.ABSENT,
}


def _setup(staffed: Staffed) -> None:
    """The Tuesday Circle, run by fay and pia; paz runs another group."""
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group("Tuesday Circle", facilitators=["fay", "pia"])
    groups.create_group("Other group", facilitators=["paz"])
    ids = {}
    for name in MARKS:
        ids[name] = people.create(name, first_name="Legal", intake_date=date(2026, 1, 5))
        joined = date(2026, 9, 1) if name == ZOE else date(2026, 7, 1)
        groups.enrol(group, ids[name], joined)
    for index, day in enumerate(TUESDAYS):
        session = groups.session_on(group, day)
        marks = {
            ids[name]: LETTER_MARKS[letters[index]]
            for name, letters in MARKS.items()
            if letters[index] != "-"
        }
        groups.set_marks(session, marks)


def _write(
    staffed: Staffed, user: str, path: Path, group: str = "Tuesday Circle", **more: object
) -> int:
    dates = {"start": START, "end": END, **more}
    request = ReportRequest("attendance", group=group, **dates)  # type: ignore[arg-type]
    return ReportService(staffed.as_(user), lambda: TODAY).write(request, path).pages


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_every_mark_rate_and_total_is_printed(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "attendance.pdf"
    pages = _write(staffed, "fay", out)
    texts = _pages(out)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    text = " ".join(texts)
    for fact in (
        "Attendance: Tuesday Circle",
        "Saturday 1 August 2026 to Saturday 31 October 2026",
        "Facilitators: fay, pia",
        "Made on Friday 20 November 2026 by fay",
        "12 sessions held in the period; 4 people on the roster or marked.",
        "24 of 32 marks were present or late: an attendance rate of 75%.",
    ):
        assert fact in text, fact
    # each person: present, late, excused, absent, rate, missed in a row
    assert f"{LAN} 7 1 1 3 67% 2" in text
    assert f"{OLGA} 12 0 0 0 100% 0" in text
    assert f"{ZOE} 3 1 1 3 50% 1" in text
    assert f"{QUIET} 0 0 0 0 {EN_DASH} 0" in text
    # the grid: every letter, in order (no mark prints nothing)
    for name, letters in MARKS.items():
        shown = " ".join(letter for letter in letters if letter != "-")
        assert f"{name} {shown}".strip() in text, name
    assert "Name 4 Aug 11 Aug 18 Aug 25 Aug 1 Sep" in text  # the sessions' dates
    # each session's totals: attended of marked, and the rate
    totals = []
    for index in range(len(TUESDAYS)):
        given = [marks[index] for marks in MARKS.values() if marks[index] != "-"]
        totals.append((sum(1 for m in given if m in "PL"), len(given)))
    assert "Attended of marked " + " ".join(f"{a}/{n}" for a, n in totals) in text
    assert "Rate " + " ".join(f"{round(100 * a / n)}%" for a, n in totals) in text
    # the chart: each month's rate above its bar (August 7 of 8, September 11 of 15,
    # October 6 of 9)
    assert "Attendance rate by month" in text
    assert "Aug Sep Oct" in text
    assert "88% 73% 67%" in text


def test_a_long_period_is_printed_in_blocks_with_the_heading_on_every_page(
    staffed: Staffed, tmp_path: Path
) -> None:
    cora = staffed.as_("cora")
    people = ParticipantService(cora, lambda: TODAY)
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group("Big group", facilitators=["fay"])
    names = [f"Member {n:02d}" for n in range(1, 61)]
    ids = []
    for name in names:
        ids.append(people.create(name, intake_date=date(2026, 1, 5)))
        groups.enrol(group, ids[-1], date(2026, 1, 5))
    days = [date(2026, 1, 6) + timedelta(weeks=n) for n in range(40)]
    cycle = list(AttendanceMark)
    for week, day in enumerate(days):
        session = groups.session_on(group, day)
        groups.set_marks(session, {pid: cycle[(week + n) % 4] for n, pid in enumerate(ids)})

    out = tmp_path / "big.pdf"
    pages = _write(staffed, "fay", out, group="big GROUP", start=date(2026, 1, 1), end=TODAY)
    texts = _pages(out)
    assert len(texts) == pages >= 6
    blocks = [
        (int(a), int(b)) for a, b in re.findall(r"Sessions (\d+) to (\d+) of 40", " ".join(texts))
    ]
    assert blocks == [(1, 14), (15, 28), (29, 40)]
    assert all(b - a + 1 <= SESSIONS_PER_TABLE for a, b in blocks)
    everything = " ".join(texts)
    for name in names:
        assert everything.count(f"{name} ") == 1 + len(blocks), name  # per person, per block
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        if number > 1:  # a table's heading row (or a new block's heading) starts each page
            after = text.split(f"Page {number} of {pages}", 1)[1].strip()
            assert after.startswith(("Name ", "Sessions ", "Session by session")), after[:60]
    # a member with every kind of mark, counted right: 10 of each over 40 sessions
    assert "Member 01 10 10 10 10 50% " in everything


def test_names_in_any_alphabet_come_back_intact(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "attendance.pdf"
    _write(staffed, "cora", out, paper="letter")
    reader = PdfReader(out)
    assert [float(v) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in (LAN, OLGA, ZOE):
        assert name in text
    assert "Legal" not in text  # display names only


def test_only_those_who_run_the_group_can_print_it(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    assert _write(staffed, "pia", tmp_path / "pia.pdf") >= 1  # a peer who co-facilitates
    out = tmp_path / "paz.pdf"
    with pytest.raises(InvalidInput, match="There's no group called 'Tuesday Circle' that you"):
        _write(staffed, "paz", out)
    assert not out.exists()
    with pytest.raises(InvalidInput, match="--from DATE --to DATE"):
        _write(staffed, "fay", out, start=None)
    with pytest.raises(InvalidInput, match="ends before it starts"):
        _write(staffed, "fay", out, start=END, end=START)
    assert not out.exists()


def test_a_period_without_sessions_says_so(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "empty.pdf"
    assert _write(staffed, "fay", out, start=date(2026, 1, 1), end=date(2026, 1, 31)) == 1
    text = _pages(out)[0]
    assert "0 sessions held in the period" in text
    assert "No sessions were held in this period." in text
    assert "no marks" in text  # January's bar


def test_the_report_is_audited_without_names(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    fay = staffed.as_("fay")
    _write(staffed, "fay", tmp_path / "a.pdf")
    with fay.session() as s:
        events = s.execute(
            select(AuditEvent.record_id, AuditEvent.detail).where(AuditEvent.action == "report")
        ).all()
    group = next(g.id for g in GroupService(fay).groups())
    assert [tuple(e) for e in events] == [
        (group, "attendance report 2026-08-01 to 2026-10-31: 12 sessions, 4 people")
    ]


def test_months_run_from_the_first_to_the_last() -> None:
    assert months(date(2025, 11, 15), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
