"""The command line speaks the language last chosen in Settings for the vault (display.json
beside it), and English stays exactly as it was when English is chosen."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from peerdesk.i18n import ENGLISH, use_language
from tests.conftest import USER, CliResult

Cli = Callable[..., CliResult]

BAD_ROWS = "participant_id,display_name,intake_date\nP1,Jo,2026-01-05\nP2,,not a date\n"
GOOD_ROWS = "participant_id,display_name,intake_date\nP1,Jo,2026-01-05\nP2,Sam,2026-01-06\n"


@pytest.fixture(autouse=True)
def back_to_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("PEERDESK_LANGUAGE", raising=False)  # a developer's override
    yield
    use_language(ENGLISH)  # the command line switched this process's language


def _choose(vault: Path, language: str) -> None:
    """As Settings does when a person chooses a language."""
    display = {"language": language, "text_size": 100, "high_contrast": False}
    (vault / "display.json").write_text(json.dumps(display), encoding="utf-8")


def _me(vault: Path, passphrase_file: Path) -> tuple[str | Path, ...]:
    return ("--vault", vault, "--user", USER, "--passphrase-file", passphrase_file)


def test_the_command_line_speaks_spanish_when_spanish_was_chosen(
    vault_dir: Path, passphrase_file: Path, write_secret, tmp_path: Path, cli: Cli
) -> None:
    _choose(vault_dir, "es")
    me = _me(vault_dir, passphrase_file)

    added = cli(
        "user", "add", "bo", "--role", "peer", "--new-passphrase-file", passphrase_file, *me
    )
    assert added.code == 0, added.err
    assert added.out == "Se agregó a bo como par.\n"

    listed = cli("user", "list", *me)
    assert listed.code == 0, listed.err
    # the roles keep the codes --role takes; the words around them are Spanish
    assert re.search(rf"^{USER}\s+coordinator\s+desde \d{{4}}-\d\d-\d\d$", listed.out, re.M)
    assert re.search(r"^bo\s+peer\s+desde ", listed.out, re.M)
    assert "added" not in listed.out

    checked = cli("check", *me)
    assert checked.code == 0, checked.err
    assert checked.out.startswith(
        "Archivo de claves: las dos copias están bien.\n"
        "Datos: todas las páginas pasaron la comprobación de integridad.\n"
        "Esquema: versión "
    )

    wrong = cli("check", *_me(vault_dir, write_secret("not the passphrase")))
    assert wrong.code == 3
    assert "La frase de contraseña no coincide" in wrong.err

    no_user = cli("check", "--vault", vault_dir, "--passphrase-file", passphrase_file)
    assert no_user.code == 2
    assert no_user.err == "Indique quién es usted con --user NOMBRE.\n"

    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROWS, encoding="utf-8")
    refused = cli("import", "participants", bad, *me)
    assert refused.code == 4
    assert refused.out == ""
    assert refused.err.startswith("El archivo tiene 2 problemas; no se importó nada.\n")
    assert "Traceback" not in refused.err

    good = tmp_path / "good.csv"
    good.write_text(GOOD_ROWS, encoding="utf-8")
    assert cli("import", "participants", good, *me).code == 0
    out = tmp_path / "out.csv"
    exported = cli("export", "participants", out, *me)
    assert exported.code == 0, exported.err
    assert exported.out.startswith(f"Se guardaron 2 filas de participants en {out}. ")
    assert "participant_id" in out.read_text(encoding="utf-8")  # the file format stays


def test_english_output_is_unchanged_when_english_was_chosen(
    vault_dir: Path, passphrase_file: Path, write_secret, tmp_path: Path, cli: Cli
) -> None:
    _choose(vault_dir, "es")
    me = _me(vault_dir, passphrase_file)
    assert cli("user", "list", *me).out.split()[2] == "desde"
    _choose(vault_dir, "en")  # switching back in the same process

    added = cli(
        "user", "add", "bo", "--role", "peer", "--new-passphrase-file", passphrase_file, *me
    )
    assert added.out == "Added bo as peer.\n"
    listed = cli("user", "list", *me)
    assert re.search(r"^bo\s+peer\s+added \d{4}-\d\d-\d\d$", listed.out, re.M)

    checked = cli("check", *me)
    assert re.fullmatch(
        r"Key file: both copies are good\.\n"
        r"Data: every page passed the integrity check\.\n"
        r"Schema: version \S+ \(current\)\.\n",
        checked.out,
    )

    wrong = cli("check", *_me(vault_dir, write_secret("not the passphrase")))
    assert wrong.code == 3 and "passphrase didn't match" in wrong.err

    no_user = cli("check", "--vault", vault_dir, "--passphrase-file", passphrase_file)
    assert no_user.code == 2 and no_user.err == "Say who you are with --user NAME.\n"

    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROWS, encoding="utf-8")
    refused = cli("import", "participants", bad, *me)
    assert refused.code == 4 and "nothing was imported" in refused.err.lower()

    good = tmp_path / "good.csv"
    good.write_text(GOOD_ROWS, encoding="utf-8")
    assert cli("import", "participants", good, *me).code == 0
    out = tmp_path / "out.csv"
    exported = cli("export", "participants", out, *me)
    assert exported.out == (
        f"Wrote 2 participants rows to {out}. "
        "This file is not encrypted: keep it safe and delete it when you're done.\n"
    )


def test_without_a_choice_the_command_line_speaks_english(
    vault_dir: Path, passphrase_file: Path, cli: Cli
) -> None:
    assert not (vault_dir / "display.json").exists()
    listed = cli("user", "list", *_me(vault_dir, passphrase_file))
    assert listed.code == 0 and " added " in listed.out


def test_the_self_test_says_its_failure_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from peerdesk import selftest

    monkeypatch.setenv("TMPDIR", str(tmp_path))

    def broken(_folder: Path, _today: object, step: Callable[[str], None]) -> bytes:
        step("adding made-up data")
        raise OSError("No space left on device")

    monkeypatch.setattr(selftest, "_vault_steps", broken)
    use_language("es")
    assert selftest.run_self_test() == 1
    assert capsys.readouterr().err == (
        "La autoprueba falló al agregar datos inventados: OSError: No space left on device\n"
    )
