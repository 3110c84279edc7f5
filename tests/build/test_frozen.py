"""The frozen app (issue 10, part 1): `peerdesk --self-test` proves an installed copy
works, and the PyInstaller build from build.spec passes it.

The fast tests (in `make test`) run the self-test of the unfrozen app; the slow one
(`make test-all`) builds the frozen app from build.spec into a temporary folder (about
two minutes here) and runs the self-test of the built program.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from peerdesk import selftest
from peerdesk.config import ENV_KDF_ITERATIONS

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["Vault created", "Unlocked", "Windows can open", "Spanish is ready", "Self-test passed"]


def _self_test(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `command --self-test` with its temporary folders in tmp_path/tmp, so the test
    can see that nothing was left behind."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    env["PEERDESK_LANGUAGE"] = "en"  # whatever this computer's default vault chose
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    return subprocess.run(
        [*command, "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _check_passed(finished: subprocess.CompletedProcess[str], tmp_path: Path) -> None:
    assert finished.returncode == 0, finished.stdout + finished.stderr
    lines = finished.stdout.splitlines()
    assert lines[:2] == STEPS[:2]
    assert re.fullmatch(r"Report written \(\d+ pages?\)", lines[2])
    assert lines[3:] == STEPS[2:]
    assert "Traceback" not in finished.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary vault is gone


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    finished = _self_test([sys.executable, "-m", "peerdesk"], tmp_path)
    _check_passed(finished, tmp_path)


def test_a_failing_step_is_one_sentence_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setenv(ENV_KDF_ITERATIONS, "7")
    made: list[Path] = []

    def broken(folder: Path, _today: object, step: Callable[[str], None]) -> bytes:
        step("adding made-up data")
        made.append(folder)
        (folder / "vault").mkdir()
        (folder / "vault" / "half-written").write_bytes(b"x")
        raise OSError("No space left on device\nsecond line")

    monkeypatch.setattr(selftest, "_vault_steps", broken)
    assert selftest.run_self_test() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Self-test failed while adding made-up data: OSError: No space left on device\n"
    assert made and not made[0].exists()
    assert os.environ[ENV_KDF_ITERATIONS] == "7"  # put back as it was


@pytest.mark.slow
def test_frozen_build_passes_its_self_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    built = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(tmp_path / "build"),
            "--distpath",
            str(tmp_path / "dist"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    program = tmp_path / "dist" / "PeerDesk" / ("PeerDesk.exe" if os.name == "nt" else "PeerDesk")
    assert (program.parent / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert list((program.parent / "_internal" / "peerdesk" / "db" / "migrations").rglob("*.py"))
    _check_passed(_self_test([str(program)], tmp_path), tmp_path)
