"""`peerdesk report ...` as a coordinator, peer or facilitator uses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import USER, CliResult

Cli = Callable[..., CliResult]


@pytest.fixture
def me(vault_dir: Path, passphrase_file: Path, tmp_path: Path, cli: Cli) -> tuple[str | Path, ...]:
    """USER's options, in a vault with a group of three and a facilitator of another."""
    options = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    files = {
        "participants": "participant_id,display_name,first_name,last_name,phone,intake_date\n"
        "P1,Robin K.,Roberta,Kowalczyk,555-0101,2026-01-05\n"
        "P2,Sol,Soledad,Featherstone,555-0102,2026-01-05\n"
        "P3,Dee,Deirdre,Okonkwo-Hale,555-0103,2026-01-05\n",
        "groups": "group,schedule,location,facilitators\n"
        f"Thursday circle,Thursdays 6pm,Room B,{USER}\n"
        "Other group,,,fay\n",
        "rosters": "group,participant_id,enrolled_on\n"
        "Thursday circle,P1,2026-02-01\nThursday circle,P2,2026-02-01\n"
        "Thursday circle,P3,2026-02-01\n",
    }
    added = cli(
        "user", "add", "fay", "--role", "facilitator", "--new-passphrase-file", passphrase_file,
        *options,
    )  # fmt: skip
    assert added.code == 0, added.err
    for kind, text in files.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text(text)
        result = cli("import", kind, path, *options)
        assert result.code == 0, result.err
    return options


def test_a_coordinator_prints_a_sign_in_sheet(
    me: tuple[str | Path, ...], tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "sheet.pdf"
    result = cli(
        "report", "signin-sheet", "--group", "thursday circle", "--date", "2026-11-19",
        "--out", out, "--paper", "letter", *me,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "Wrote the sign-in sheet for thursday circle on Thursday 19 November 2026 (1 page) "
        f"to {out}. It lists names: keep it private and shred it once entered."
    )
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(out)
    assert [float(v) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    text = reader.pages[0].extract_text()
    for name in ("Robin K.", "Sol", "Dee", "Thursday circle", "Room B", USER):
        assert name in text
    for private in ("Roberta", "Kowalczyk", "Featherstone", "Okonkwo", "555-01"):
        assert private not in text


def test_mistakes_get_a_plain_sentence_and_no_file(
    me: tuple[str | Path, ...], passphrase_file: Path, tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "sheet.pdf"
    bad_date = cli("report", "signin-sheet", "--group", "Thursday circle", "--date", "19/11/2026",
                   "--out", out, *me)  # fmt: skip
    assert bad_date.code == 2
    assert bad_date.err.strip() == (
        "--date 19/11/2026 isn't a date PeerDesk can read. Write it as YYYY-MM-DD, "
        "for example 2026-11-19."
    )
    no_group = cli("report", "signin-sheet", "--out", out, *me)
    assert no_group.code == 2 and no_group.err.strip() == "Say which group with --group NAME."
    unknown = cli("report", "signin-sheet", "--group", "Nope", "--out", out, *me)
    assert unknown.code == 4
    assert unknown.err.strip() == "There's no group called 'Nope' that you can see."
    nowhere = tmp_path / "missing" / "sheet.pdf"
    unwritable = cli("report", "signin-sheet", "--group", "Thursday circle", "--out", nowhere, *me)
    assert unwritable.code == 4 and "doesn't exist" in unwritable.err
    not_hers = cli(
        "report", "signin-sheet", "--group", "Thursday circle", "--out", out,
        "--vault", me[1], "--user", "fay", "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert not_hers.code == 4
    assert not_hers.err.strip() == "There's no group called 'Thursday circle' that you can see."
    for result in (bad_date, no_group, unknown, unwritable, not_hers):
        assert "Traceback" not in result.err and result.out == ""
    assert not out.exists()


def test_a_coordinator_prints_the_training_report(
    me: tuple[str | Path, ...], tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "training.pdf"
    result = cli("report", "training", "--out", out, "--to", "2026-01-31", *me)
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "Wrote the training and supervision report as of Saturday 31 January 2026 (1 page) "
        f"to {out}. It holds staff records: keep it within the program."
    )
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Training and supervision" in text and "As of Saturday 31 January 2026" in text
    for staff in (USER, "fay"):
        assert staff in text
    for participant in ("Robin K.", "Roberta", "Kowalczyk", "555-01"):
        assert participant not in text
    letter = tmp_path / "letter.pdf"
    assert cli("report", "training", "--out", letter, "--paper", "letter", *me).code == 0
    assert [float(v) for v in PdfReader(letter).pages[0].mediabox[2:]] == [612, 792]


def test_a_bad_report_date_is_a_usage_error(
    me: tuple[str | Path, ...], tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "training.pdf"
    bad = cli("report", "training", "--out", out, "--to", "31/01/2026", *me)
    assert bad.code == 2 and bad.out == ""
    assert bad.err.strip() == (
        "--to 31/01/2026 isn't a date PeerDesk can read. Write it as YYYY-MM-DD, "
        "for example 2026-11-19."
    )
    future = cli("report", "training", "--out", out, "--to", "2999-01-01", *me)
    assert future.code == 4
    assert future.err.strip() == (
        "Tuesday 1 January 2999 is still to come. Choose today or an earlier date."
    )
    assert "Traceback" not in bad.err + future.err and not out.exists()


ATTENDANCE = (
    "group,session_date,participant_id,mark\n"
    "Thursday circle,2026-11-05,P1,present\nThursday circle,2026-11-05,P2,late\n"
    "Thursday circle,2026-11-05,P3,absent\nThursday circle,2026-11-12,P1,present\n"
    "Thursday circle,2026-11-12,P2,excused\nThursday circle,2026-11-12,P3,absent\n"
)


def test_a_coordinator_prints_a_caseload_summary(
    me: tuple[str | Path, ...], tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "caseload.pdf"
    result = cli("report", "caseload", "--out", out, *me)
    assert result.code == 0, result.err
    assert result.out.strip() == (
        f"Wrote the caseload summary of every peer's caseload (1 page) to {out}. "
        "It names participants: keep it private and shred it when you're done."
    )
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Caseload summary" in text and "3 participants: 3 active." in text
    for name in ("Robin K.", "Sol", "Dee", "Page 1 of 1"):
        assert name in text
    for private in ("Roberta", "Kowalczyk", "555-01"):
        assert private not in text
    no_one = cli("report", "caseload", "--peer", "nobody", "--out", out, *me)
    assert no_one.code == 4 and no_one.err.strip() == "There's no peer called 'nobody'."


def test_a_facilitator_prints_attendance_but_no_caseload(
    me: tuple[str | Path, ...], passphrase_file: Path, tmp_path: Path, cli: Cli
) -> None:
    marks = tmp_path / "attendance.csv"
    marks.write_text(ATTENDANCE)
    assert cli("import", "attendance", marks, *me).code == 0
    out = tmp_path / "attendance.pdf"
    period = ("--from", "2026-11-01", "--to", "2026-11-30")
    result = cli("report", "attendance", "--group", "thursday circle", *period, "--out", out, *me)
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "Wrote the attendance report for thursday circle from Sunday 1 November 2026 to "
        f"Monday 30 November 2026 (1 page) to {out}. It names participants: keep it private "
        "and shred it when you're done."
    )
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Attendance: Thursday circle" in text
    assert "Dee 0 0 0 2 0% 2" in text and "Robin K. 2 0 0 0 100% 0" in text
    assert "Sol 0 1 1 0 50% 0" in text
    assert "Dee A A" in text and "Robin K. P P" in text and "Sol L E" in text

    fay = ("--vault", me[1], "--user", "fay", "--passphrase-file", passphrase_file)
    not_hers = cli(
        "report", "attendance", "--group", "Thursday circle", *period, "--out", out, *fay
    )
    assert not_hers.code == 4
    assert not_hers.err.strip() == "There's no group called 'Thursday circle' that you can see."
    theirs = cli("report", "attendance", "--group", "Other group", *period, "--out", out, *fay)
    assert theirs.code == 0, theirs.err
    caseload = cli("report", "caseload", "--out", tmp_path / "caseload.pdf", *fay)
    assert caseload.code == 4 and "not caseloads" in caseload.err
    assert not (tmp_path / "caseload.pdf").exists()


def test_missing_options_are_usage_errors_before_the_passphrase(
    me: tuple[str | Path, ...], tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "report.pdf"
    # no passphrase file: a problem with the options must be found before asking for it
    options = ("--vault", me[1], "--user", USER, "--passphrase-file", tmp_path / "none.txt")
    cases = {
        ("attendance", "--group", "Thursday circle", "--to", "2026-11-30"): (
            "Choose the period with --from DATE --to DATE."
        ),
        ("attendance", "--from", "2026-11-01", "--to", "2026-11-30"): (
            "Say which group with --group NAME."
        ),
        ("attendance", "--group", "G", "--from", "2026-11-30", "--to", "2026-11-01"): (
            "The period ends before it starts (--to is before --from)."
        ),
        ("attendance", "--group", "G", "--from", "1/11/2026", "--to", "2026-11-30"): (
            "--from 1/11/2026 isn't a date PeerDesk can read. Write it as YYYY-MM-DD, "
            "for example 2026-11-19."
        ),
        ("participant",): "Say which participant with --participant ID.",
    }
    for args, message in cases.items():
        result = cli("report", *args, "--out", out, *options)
        assert (result.code, result.err.strip(), result.out) == (2, message, ""), args
    unknown = cli("report", "funders", "--out", out, *options)
    assert unknown.code == 2 and "there's no report called 'funders'" in unknown.err
    assert "Traceback" not in unknown.err
    helped = cli("report", "--help")
    assert helped.code == 0
    for kind in ("caseload", "attendance", "signin-sheet", "training"):
        assert kind in helped.out
    assert not out.exists()
