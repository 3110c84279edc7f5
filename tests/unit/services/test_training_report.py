"""The training report of the demo vault, read back as a coordinator, supervisor or funder
would read it: nothing overdue or missing left out, what expires soon in date order,
every page numbered, nothing about participants, and a peer's report only about them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from sqlalchemy import select

from peerdesk.db.models import AuditEvent
from peerdesk.errors import InvalidInput
from peerdesk.reports.pdf_common import SHARED_HEIGHT, SHARED_WIDTH, short_date
from peerdesk.services.compliance import ComplianceService, PersonCompliance, Status
from peerdesk.services.demo import DEMO_PASSPHRASE, ORGANISATION, build_demo_vault
from peerdesk.services.participants import ParticipantService
from peerdesk.services.training_report import TrainingReportService
from peerdesk.vault.vault import Vault
from tests.unit.reports.pdf_ink import outside

TODAY = date(2026, 11, 29)
OVERDUE_HEADING = "Overdue and missing"
EXPIRING_HEADING = "Expiring in the next 60 days"
HOURS_HEADING = "Hours against the rules"


@dataclass(frozen=True)
class Demo:
    folder: Path
    reports: Path  # a folder of reports written from it


def _today() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    folder = tmp_path_factory.mktemp("training-demo") / "vault"
    build_demo_vault(folder, participants=20, today=TODAY)
    reports = tmp_path_factory.mktemp("training-reports")
    for user in ("demo", "sam"):
        unlocked = Vault(folder).unlock(user, DEMO_PASSPHRASE)
        try:
            service = TrainingReportService(unlocked, _today)
            for paper in ("a4", "letter"):
                pages = service.write(reports / f"{user}-{paper}.pdf", None, paper)
                assert pages == len(PdfReader(reports / f"{user}-{paper}.pdf").pages)
        finally:
            unlocked.lock()
    return Demo(folder, reports)


def _people(demo: Demo, user: str = "demo") -> list[PersonCompliance]:
    unlocked = Vault(demo.folder).unlock(user, DEMO_PASSPHRASE)
    try:
        return ComplianceService(unlocked, _today).people(TODAY)
    finally:
        unlocked.lock()


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    """The text with every run of spaces and line breaks made one space (table cells
    come out one per line, and long ones wrap)."""
    return " ".join(text.split())


def _section(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[start : text.index(next_heading, start)]


def _overdue_items(people: list[PersonCompliance]) -> list[tuple[str, str, Status]]:
    """(person, what, status) for everything overdue or missing, as the rules see it."""
    bad = (Status.OVERDUE, Status.MISSING)
    items = []
    for p in people:
        items += [(p.name, r.training, r.status) for r in p.requirements if r.status in bad]
        items += [(p.name, f"{h.label} hours", h.status) for h in p.hours if h.status in bad]
        if p.supervision_status is Status.OVERDUE:
            items.append((p.name, "Supervision", Status.OVERDUE))
    return items


def test_the_demo_has_something_of_every_kind_to_act_on(demo: Demo) -> None:
    people = _people(demo)
    requirements = [r.status for p in people for r in p.requirements]
    for status in (Status.OVERDUE, Status.MISSING, Status.EXPIRING_30, Status.EXPIRING_60):
        assert status in requirements
    assert requirements.count(Status.OVERDUE) >= 3
    assert Status.CURRENT in {p.status for p in people}
    ethics = [h for p in people for h in p.hours if h.category == "ethics"]
    assert any(h.status is Status.OVERDUE and 0 < h.hours_done < 3 for h in ethics)
    assert any(h.status is Status.CURRENT for h in ethics)
    assert any(p.supervision_status is Status.OVERDUE for p in people)
    assert any(p.supervision_status is Status.CURRENT for p in people)


def test_every_overdue_and_missing_item_is_listed(demo: Demo) -> None:
    items = _overdue_items(_people(demo))
    assert len(items) >= 5
    for paper in ("a4", "letter"):
        text = _flat("\n".join(_pages(demo.reports / f"demo-{paper}.pdf")))
        section = _section(text, OVERDUE_HEADING, EXPIRING_HEADING)
        for name, what, status in items:
            assert f"{name} {what} {status.words}" in section, (name, what)
        # and nothing else is listed there
        assert section.count(" Overdue ") + section.count(" Missing ") == len(items)
        count = len(items)
        assert f"{count} items overdue or missing" in text


def test_everything_expiring_within_60_days_is_listed_soonest_first(demo: Demo) -> None:
    people = _people(demo)
    soon = (Status.EXPIRING_30, Status.EXPIRING_60)
    trainings = sorted(
        (r.expires_on, p.name, r.training, r.status)
        for p in people
        for r in p.requirements
        if r.status in soon and r.expires_on is not None
    )
    hours = [(p.name, f"{h.label} hours") for p in people for h in p.hours if h.status in soon]
    assert {status for *_, status in trainings} == set(soon)
    assert hours, "the demo has hours about to leave their window"
    text = _flat("\n".join(_pages(demo.reports / "demo-a4.pdf")))
    section = _section(text, EXPIRING_HEADING, HOURS_HEADING)
    where = []
    for expires_on, name, training, status in trainings:
        days = (expires_on - TODAY).days
        row = f"{name} {training} {short_date(expires_on)} {days} {status.words}"
        assert row in section
        where.append(section.index(row))
    assert where == sorted(where)
    for name, what in hours:
        assert f"{name} {what}" in section


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_every_page_is_numbered_and_fits_a4_and_letter(
    demo: Demo, paper: str, size: tuple[float, float]
) -> None:
    reader = PdfReader(demo.reports / f"demo-{paper}.pdf")
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size)
        assert f"Page {number} of {total}" in page.extract_text()
        assert outside(page, SHARED_WIDTH, SHARED_HEIGHT, inset=10 * mm) == []
    first = reader.pages[0].extract_text()
    assert "Training and supervision" in first and ORGANISATION in first
    assert "As of Sunday 29 November 2026" in first


def test_no_participant_is_named(demo: Demo) -> None:
    unlocked = Vault(demo.folder).unlock("demo", DEMO_PASSPHRASE)
    try:
        names = list(ParticipantService(unlocked, _today).display_names().values())
    finally:
        unlocked.lock()
    assert len(names) == 20
    text = "\n".join(_pages(demo.reports / "demo-a4.pdf"))
    assert [n for n in names if n in text] == []


def test_a_peer_gets_a_report_of_only_themselves(demo: Demo) -> None:
    mine = _people(demo, "sam")
    assert [p.name for p in mine] == ["sam"]
    text = "\n".join(_pages(demo.reports / "sam-a4.pdf")).replace(ORGANISATION, "")
    assert "Your training and supervision" in text
    assert re.search(r"\bsam\b", text)
    for other in ("demo", "alex", "jo", "rae"):
        assert not re.search(rf"\b{other}\b", text), other
    assert "Per requirement" not in text  # counts of one person say nothing more
    section = _section(_flat(text), OVERDUE_HEADING, EXPIRING_HEADING)
    for name, what, status in _overdue_items(mine):
        assert f"{name} {what} {status.words}" in section


def test_writing_is_audited_and_mistakes_are_plain_sentences(demo: Demo, tmp_path: Path) -> None:
    unlocked = Vault(demo.folder).unlock("demo", DEMO_PASSPHRASE)
    try:
        service = TrainingReportService(unlocked, _today)
        earlier = TODAY - timedelta(days=30)
        pages = service.write(tmp_path / "october.pdf", earlier, "letter")
        text = "\n".join(_pages(tmp_path / "october.pdf"))
        assert pages >= 1 and "As of Friday 30 October 2026" in text
        with unlocked.session() as s:
            details = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "report"))
            assert "training report as of 2026-10-30: 5 staff" in list(details)
        with pytest.raises(InvalidInput, match="still to come"):
            service.write(tmp_path / "later.pdf", TODAY + timedelta(days=1))
        with pytest.raises(InvalidInput, match="doesn't exist"):
            service.write(tmp_path / "missing" / "report.pdf")
        with pytest.raises(InvalidInput, match="is a folder"):
            service.write(tmp_path)
        with pytest.raises(InvalidInput, match="a4 or letter"):
            service.write(tmp_path / "report.pdf", paper="a5")
    finally:
        unlocked.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["october.pdf"]
