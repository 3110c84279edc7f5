"""The caseload summary, read back from the PDF as a supervisor would read it: everyone on
the caseload with their status, last contact, follow-ups due and why they are at risk; a
summary that adds up; every page numbered; a peer's report holding only their own
people; names in any alphabet intact; and no report at all for a facilitator."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from peerdesk.db.models import AuditEvent, ContactType, ParticipantStatus
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.reports.caseload_report import CaseloadLine, summary_line
from peerdesk.reports.layout import EN_DASH
from peerdesk.reports.pdf_common import short_date
from peerdesk.services.caseload_report import caseload_report
from peerdesk.services.encounters import EncounterService
from peerdesk.services.engagement import AtRiskRule
from peerdesk.services.participants import ParticipantService
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.services.settings import SettingsService
from tests.unit.services.conftest import TODAY, Staffed, set_at_risk_rule

LAN, OLGA, ZOE = "Nguyễn Thị Lan", "Ольга Петрова", "Zoë"
# pia's people: name -> (status, days since the last contact or None, follow-up dates)
Caseload = dict[str, tuple[ParticipantStatus, int | None, list[date]]]
PIA: Caseload = {
    LAN: (ParticipantStatus.ACTIVE, 3, [TODAY - timedelta(days=2), TODAY - timedelta(days=1)]),
    OLGA: (ParticipantStatus.ACTIVE, 30, []),  # at risk: no contact for 30 days
    ZOE: (ParticipantStatus.PAUSED, 40, []),  # not at risk: paused
    "Dev Okafor": (ParticipantStatus.DISCHARGED, 90, []),
}
PAZ: Caseload = {f"Paz person {n:02d}": (ParticipantStatus.ACTIVE, 1, []) for n in range(1, 61)}
INTAKE = date(2026, 1, 5)


def _setup(staffed: Staffed) -> None:
    cora = staffed.as_("cora")
    SettingsService(cora).save(
        idle_lock_minutes=5, crisis_resources="", organisation="Riverside Peer Support"
    )
    people = ParticipantService(cora, lambda: TODAY)
    contacts = EncounterService(cora, lambda: TODAY)
    for peer, caseload in (("pia", PIA), ("paz", PAZ)):
        for name, (status, days, follow_ups) in caseload.items():
            pid = people.create(name, assigned_peer=peer, intake_date=INTAKE)
            if days is not None:
                day = TODAY - timedelta(days=days)
                contacts.log_contact(pid, day, ContactType.PHONE)
            for follow_up in follow_ups:
                # planned at an earlier contact, not met since
                contacts.log_contact(
                    pid, follow_up - timedelta(days=7), ContactType.TEXT, follow_up_date=follow_up
                )
            if status is not ParticipantStatus.ACTIVE:
                people.set_status(pid, status, on=TODAY - timedelta(days=5))
    people.create("Nobody's yet", intake_date=TODAY - timedelta(days=2))


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _write(staffed: Staffed, user: str, path: Path, peer: str | None = None) -> int:
    service = ReportService(staffed.as_(user), lambda: TODAY)
    return service.write(ReportRequest("caseload", peer=peer), path).pages


def test_a_coordinator_gets_everyone_with_status_contact_follow_ups_and_risk(
    staffed: Staffed, tmp_path: Path
) -> None:
    _setup(staffed)
    out = tmp_path / "caseload.pdf"
    pages = _write(staffed, "cora", out)
    texts = _pages(out)
    assert len(texts) == pages >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Confidential: it names participants." in text
    everything = _flat("\n".join(texts))
    first = _flat(texts[0])
    for fact in ("Riverside Peer Support", "Caseload summary", "Every peer's caseload", "cora"):
        assert fact in first
    assert (
        "65 participants: 63 active, 1 paused, 1 discharged. "
        "1 at risk of disengaging; 1 with follow-ups due." in first
    )
    for name in [*PIA, *PAZ, "Nobody's yet"]:
        assert name in everything, name
    # each of pia's people with the facts a supervisor looks for
    lan_contact = short_date(TODAY - timedelta(days=3))
    oldest_due = short_date(TODAY - timedelta(days=2))
    assert f"{LAN} Active {lan_contact} 3 days ago 2 due, since {oldest_due} No" in everything
    olga_contact = short_date(TODAY - timedelta(days=30))
    assert (
        f"{OLGA} Active {olga_contact} 30 days ago {EN_DASH} "
        "No contact or group attendance for 30 days" in everything
    )
    assert (
        f"{ZOE} Paused {short_date(TODAY - timedelta(days=40))} 40 days ago {EN_DASH} No"
        in everything
    )
    assert "Dev Okafor Discharged" in everything
    # grouped by peer, with the counts per peer
    assert "Caseload of paz" in everything and "Caseload of pia" in everything
    assert "Not assigned to a peer" in everything
    assert "pia 4 2 1 0 1 1 1" in everything  # all, by status, at risk, follow-ups due
    assert "paz 60 60 0 0 0 0 0" in everything


def test_the_summary_adds_up(staffed: Staffed) -> None:
    _setup(staffed)
    report = caseload_report(staffed.as_("cora"), lambda: TODAY, "pia")
    assert sorted(p.name for p in report.people) == sorted(PIA)
    assert summary_line(report.people) == (
        "4 participants: 2 active, 1 paused, 1 discharged. "
        "1 at risk of disengaging; 1 with follow-ups due."
    )
    olga = next(p for p in report.people if p.name == OLGA)
    assert olga.at_risk_reason == "No contact or group attendance for 30 days"
    assert summary_line([]) == "No participants."
    one = CaseloadLine("A", ParticipantStatus.ACTIVE, None, None, 0, None, None)
    assert summary_line([one]).startswith("1 participant: 1 active.")


def test_a_peer_gets_only_their_own_caseload(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "pia.pdf"
    pages = _write(staffed, "pia", out)
    texts = _pages(out)
    assert len(texts) == pages == 1
    text = _flat(texts[0])
    assert "Caseload of pia" in text and "Page 1 of 1" in text
    for name in PIA:
        assert name in text
    assert "Paz person" not in text and "Nobody's yet" not in text
    # naming themselves is the same; naming someone else is refused, with no file
    assert _write(staffed, "pia", tmp_path / "again.pdf", peer=" PIA ") == 1
    other = tmp_path / "paz.pdf"
    with pytest.raises(PermissionDenied, match="your own caseload"):
        _write(staffed, "pia", other, peer="paz")
    assert not other.exists()


def test_a_coordinator_chooses_one_peer(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "paz.pdf"
    pages = _write(staffed, "cora", out, peer="Paz")
    texts = _pages(out)
    assert len(texts) == pages >= 2  # 60 people run over the page
    everything = _flat("\n".join(texts))
    assert "Caseload of paz" in everything
    for name in PAZ:
        assert name in everything
    for name in [*PIA, "Nobody's yet"]:
        assert name not in everything
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Name Status Last contact Follow-ups At risk of disengaging" in _flat(text)
    with pytest.raises(InvalidInput, match="There's no peer called 'nobody'"):
        _write(staffed, "cora", tmp_path / "x.pdf", peer="nobody")


def test_a_facilitator_cant_print_a_caseload(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "fay.pdf"
    with pytest.raises(PermissionDenied, match="not caseloads"):
        _write(staffed, "fay", out)
    assert not out.exists()


def test_names_in_any_alphabet_come_back_intact(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    out = tmp_path / "caseload.pdf"
    _write(staffed, "cora", out, peer="pia")
    text = "\n".join(_pages(out))
    for name in (LAN, OLGA, ZOE):
        assert name in text


def test_the_report_is_audited_without_names(staffed: Staffed, tmp_path: Path) -> None:
    _setup(staffed)
    cora = staffed.as_("cora")
    ReportService(cora, lambda: TODAY).write(ReportRequest("caseload"), tmp_path / "all.pdf")
    ReportService(cora, lambda: TODAY).write(
        ReportRequest("caseload", peer="pia"), tmp_path / "pia.pdf"
    )
    with cora.session() as s:
        details = list(s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "report")))
    assert details == [
        "caseload report for every peer: 65 participants",
        "caseload report for one peer: 4 participants",
    ]


def test_the_report_explains_the_programs_own_at_risk_rule(
    staffed: Staffed, tmp_path: Path
) -> None:
    cora = staffed.as_("cora")
    set_at_risk_rule(cora, AtRiskRule(quiet_days=14, missed_in_a_row=3))
    out = tmp_path / "caseload.pdf"
    ReportService(cora, lambda: TODAY).write(ReportRequest("caseload"), out)
    first = _flat(_pages(out)[0])
    assert "for 14 days or more, or who missed the last 3 group sessions" in first
