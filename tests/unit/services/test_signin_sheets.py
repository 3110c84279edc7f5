"""The sign-in sheet from the vault: display names only, the right people for the day,
only for those who run the group, and written whole or not at all."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from sqlalchemy import select

from peerdesk.db.models import AuditEvent
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.reports.signin_sheet import SHARED_HEIGHT, SHARED_WIDTH
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.settings import SettingsService
from peerdesk.services.signin_sheets import SigninSheetService
from tests.unit.reports.pdf_ink import outside
from tests.unit.services.conftest import TODAY, Staffed

HELD_ON = date(2026, 11, 19)
MEMBERS = 40


def _private(i: int) -> list[str]:
    """What must never be printed of member `i`: legal names and phone number."""
    return [f"Quentina{i:02d}", f"Vanderholt{i:02d}", f"555-01{i:02d}"]


def _display(i: int) -> str:
    return f"Sunny {i:02d}"


def _setup(staffed: Staffed) -> str:
    """A group run by fay and pia with 40 members, one who left and one who joins later;
    another group run by paz."""
    cora = staffed.as_("cora")
    SettingsService(cora).save(
        idle_lock_minutes=5, crisis_resources="", organisation="Riverside Peer Support"
    )
    people = ParticipantService(cora, lambda: TODAY)
    groups = GroupService(cora, lambda: TODAY)
    group = groups.create_group(
        "Thursday circle",
        schedule="Thursdays 6-7:30 pm",
        location="Community room B",
        facilitators=["fay", "pia"],
    )
    groups.create_group("Other group", facilitators=["paz"])
    for i in range(1, MEMBERS + 3):
        first, last, phone = _private(i)
        pid = people.create(
            _display(i), first_name=first, last_name=last, intake_date=date(2026, 1, 5)
        )
        people.add_contact_method(pid, "phone", phone, ok_to_text=True)
        if i == MEMBERS + 1:  # left before the day
            groups.enrol(group, pid, date(2026, 3, 1), exited_on=date(2026, 10, 1))
        elif i == MEMBERS + 2:  # joins after it
            groups.enrol(group, pid, date(2026, 11, 20))
        else:
            groups.enrol(group, pid, date(2026, 3, 1))
    return group


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_sheet_lists_display_names_and_never_legal_names_or_phones(
    staffed: Staffed, tmp_path: Path
) -> None:
    group = _setup(staffed)
    service = SigninSheetService(staffed.as_("fay"), lambda: TODAY)
    sheet = service.sheet(group, HELD_ON)
    assert sheet.names == [_display(i) for i in range(1, MEMBERS + 1)]
    assert sheet.facilitators == ["fay", "pia"]

    out = tmp_path / "sheet.pdf"
    pages = service.write(group, HELD_ON, out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 2
    texts = [page.extract_text() for page in reader.pages]
    everything = "\n".join(texts) + str(reader.metadata)
    for i in range(1, MEMBERS + 1):
        assert _display(i) in everything
    for i in (MEMBERS + 1, MEMBERS + 2):
        assert _display(i) not in everything  # not on the roster that day
    for i in range(1, MEMBERS + 3):
        for private in _private(i):
            assert private not in everything
    assert "555" not in everything
    for fact in ("fay, pia", "Thursday circle", "Thursday 19 November 2026", "Riverside"):
        assert fact in texts[0]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_the_sheet_fits_the_paper_asked_for_and_the_other_one(
    staffed: Staffed, tmp_path: Path, paper: str, size: tuple[float, float]
) -> None:
    group = _setup(staffed)
    out = tmp_path / f"{paper}.pdf"
    SigninSheetService(staffed.as_("pia"), lambda: TODAY).write(group, HELD_ON, out, paper)
    for page in PdfReader(out).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size)
        assert outside(page, SHARED_WIDTH, SHARED_HEIGHT, inset=10 * mm) == []


def test_only_those_who_run_the_group_can_print_its_sheet(staffed: Staffed, tmp_path: Path) -> None:
    group = _setup(staffed)
    paz = SigninSheetService(staffed.as_("paz"), lambda: TODAY)
    with pytest.raises(InvalidInput) as missing:
        paz.group_id_by_name("Thursday circle")
    assert missing.value.message == "There's no group called 'Thursday circle' that you can see."
    out = tmp_path / "sheet.pdf"
    with pytest.raises(PermissionDenied, match="groups you facilitate"):
        paz.write(group, HELD_ON, out)
    assert not out.exists()
    assert SigninSheetService(staffed.as_("fay")).group_id_by_name(" thursday CIRCLE ") == group
    assert SigninSheetService(staffed.as_("cora")).group_id_by_name("Other group")


def test_writing_is_all_or_nothing_and_failures_are_plain(
    staffed: Staffed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = _setup(staffed)
    fay = staffed.as_("fay")
    service = SigninSheetService(fay, lambda: TODAY)

    with pytest.raises(InvalidInput, match=r"The folder .* doesn't exist"):
        service.write(group, HELD_ON, tmp_path / "no such folder" / "sheet.pdf")
    with pytest.raises(InvalidInput, match="is a folder"):
        service.write(group, HELD_ON, tmp_path)
    with pytest.raises(InvalidInput, match="a4 or letter"):
        service.write(group, HELD_ON, tmp_path / "sheet.pdf", "legal")

    prints = tmp_path / "prints"
    prints.mkdir()
    out = prints / "sheet.pdf"
    out.write_bytes(b"the sheet printed last week")

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("peerdesk.vault.atomic.os.replace", disk_full)
    with pytest.raises(InvalidInput) as failed:
        service.write(group, HELD_ON, out)
    assert failed.value.message.startswith(f"PeerDesk couldn't write {out}.")
    assert "Sunny" not in failed.value.message
    assert out.read_bytes() == b"the sheet printed last week"
    assert [p.name for p in prints.iterdir()] == ["sheet.pdf"]  # no temp file left

    monkeypatch.undo()
    assert service.write(group, HELD_ON, out) >= 1
    assert out.read_bytes().startswith(b"%PDF")
    with fay.session() as s:
        reports = s.scalars(select(AuditEvent).where(AuditEvent.action == "report")).all()
    assert [(r.record_id, r.detail) for r in reports] == [
        (group, f"sign-in sheet for 2026-11-19: {MEMBERS} names")
    ]
