"""Shared test set-up. Qt runs offscreen; new key slots use one Argon2id pass (memory
stays 64 MiB) so the suite isn't dominated by the KDF; one test checks calibration."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERDESK_KDF_ITERATIONS"] = "1"
for leaking in ("PEERDESK_VAULT", "PEERDESK_PASSPHRASE", "PEERDESK_NEW_PASSPHRASE"):
    os.environ.pop(leaking, None)


@pytest.fixture(scope="session", autouse=True)
def english() -> None:
    """The app's language as it starts: English, with the .qm files built from
    translations/ (as make does), so "%n day(s)" reads "1 day" and "2 days"."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import i18n as translation_tool

    from peerdesk.i18n import ENGLISH, use_language

    translation_tool.release()
    use_language(ENGLISH)


@pytest.fixture
def spanish() -> Iterator[None]:
    """The app in Spanish for one test, English again afterwards."""
    from peerdesk.i18n import ENGLISH, SPANISH, use_language

    use_language(SPANISH)
    try:
        yield
    finally:
        use_language(ENGLISH)


PASSPHRASE = "river stone lantern"
USER = "zanzibarquux"  # a name that appears nowhere by chance, so a grep for it means a leak


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def write_secret(tmp_path: Path) -> Callable[[str], Path]:
    counter = iter(range(10_000))

    def write(text: str) -> Path:
        path = tmp_path / f"secret-{next(counter)}.txt"
        path.write_text(text + "\n")
        return path

    return write


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run the command line in this process (fast); see `cli_process` for a real one."""
    from peerdesk.cli import main

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse's --help, --version and usage errors
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_process(
    *args: str | Path, env: dict[str, str] | None = None, input_text: str | None = None
) -> CliResult:
    result = subprocess.run(
        [sys.executable, "-m", "peerdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        input=input_text,
    )
    return CliResult(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def cli_process() -> Callable[..., CliResult]:
    return run_process


@pytest.fixture
def vault_dir(tmp_path: Path, cli: Callable[..., CliResult], passphrase_file: Path) -> Path:
    """A fresh vault with one coordinator, USER, whose passphrase is PASSPHRASE."""
    directory = tmp_path / "vault"
    result = cli("init", "--vault", directory, "--user", USER, "--passphrase-file", passphrase_file)
    assert result.code == 0, result.err
    return directory


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under `directory` with its bytes."""
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }
