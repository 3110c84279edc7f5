"""The domain commands as a coordinator uses them: demo, import, export, erase."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import USER, CliResult

Cli = Callable[..., CliResult]


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from tests.conftest import run_process

    folder = tmp_path_factory.mktemp("demo") / "vault"
    made = run_process("demo", "--vault", folder, "--participants", "12")
    assert made.code == 0, made.err
    assert "Passphrase for all of them: demo passphrase" in made.out
    passphrase = folder.parent / "pass.txt"
    passphrase.write_text("demo passphrase\n")
    return folder, passphrase


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_demo_export_deidentified_has_no_names_or_phones(
    demo_vault: tuple[Path, Path], tmp_path: Path, cli: Cli
) -> None:
    folder, passphrase = demo_vault
    me = ("--vault", folder, "--user", "demo", "--passphrase-file", passphrase)
    full = tmp_path / "full.csv"
    assert cli("export", "participants", full, *me).code == 0
    people = _rows(full)
    assert len(people) == 12
    private = {
        value
        for row in people
        for key in ("display_name", "first_name", "last_name", "phone", "email", "participant_id")
        for value in [row[key]]
        if value
    }
    assert any(row["phone"] for row in people)
    deid = tmp_path / "deid.csv"
    result = cli("export", "participants", deid, "--deidentified", *me)
    assert result.code == 0 and "not encrypted" in result.out
    text = deid.read_text(encoding="utf-8-sig")
    for value in private:
        assert value not in text, value
    assert "first_name" not in text.splitlines()[0]


def test_a_peer_signs_in_to_the_demo_and_sees_their_caseload(
    demo_vault: tuple[Path, Path], tmp_path: Path, cli: Cli
) -> None:
    folder, passphrase = demo_vault
    out = tmp_path / "sam.csv"
    assert (
        cli(
            "export",
            "participants",
            out,
            "--vault",
            folder,
            "--user",
            "sam",
            "--passphrase-file",
            passphrase,
        ).code
        == 0
    )
    rows = _rows(out)
    assert rows and {row["assigned_peer"] for row in rows} == {"sam"}


def test_import_lists_every_bad_row_and_exits_4(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    bad = tmp_path / "people.csv"
    bad.write_text("participant_id,display_name,intake_date\nA1,Ana,2026-13-01\nA2,,2026-01-01\n")
    result = cli("import", "participants", bad, *me)
    assert result.code == 4
    assert "The file has 2 problems; nothing was imported." in result.err
    assert "Line 2:" in result.err and "Line 3:" in result.err
    assert "Traceback" not in result.err

    good = tmp_path / "good.csv"
    good.write_text("participant_id,display_name,intake_date\nA1,Ana,2026-01-01\n")
    dry = cli("import", "participants", good, "--dry-run", *me)
    assert dry.code == 0 and "Nothing was saved" in dry.out
    assert cli("import", "participants", good, *me).out.strip().endswith("1 added, 0 updated.")
    again = cli("import", "participants", good, *me)
    assert "0 added, 0 updated, 1 already there and skipped" in again.out


def test_import_asks_for_the_date_format_when_it_cannot_tell(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    data = tmp_path / "people.csv"
    data.write_text("participant_id;display_name;intake_date\nA1;Ana;02/03/2026\n")
    asked = cli("import", "participants", data, *me)
    assert asked.code == 4 and "--date-format" in asked.err
    assert cli("import", "participants", data, "--date-format", "DD/MM/YYYY", *me).code == 0


def test_erase_removes_a_person_from_exports(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, cli: Cli
) -> None:
    me = ("--vault", vault_dir, "--user", USER, "--passphrase-file", passphrase_file)
    data = tmp_path / "people.csv"
    data.write_text(
        "participant_id,display_name,last_name,intake_date\n"
        "E1,Erin,Quillfeather,2026-01-01\nE2,Fox,Other,2026-01-01\n"
    )
    cli("import", "participants", data, *me)
    refused = cli("erase", "--participant", "E1", *me)
    assert refused.code == 2  # the reason is required
    erased = cli("erase", "--participant", "E1", "--reason", "asked to be forgotten", *me)
    assert erased.code == 0, erased.err
    out = tmp_path / "after.csv"
    cli("export", "participants", out, *me)
    text = out.read_text(encoding="utf-8-sig")
    assert "Quillfeather" not in text and "Other" in text
    again = cli("erase", "--participant", "E1", "--reason", "again", *me)
    assert again.code == 4
