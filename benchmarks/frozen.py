"""The frozen app (dist/PeerDesk, from build.spec): its size on disk, how long it takes
from starting to a painted sign-in window (target: 2 s from cold), and its --self-test.

Builds it with `make build` when there is no build yet (or with --rebuild); otherwise
measures the build that is there. Starts are timed from outside, spawn to exit: with
PEERDESK_STARTUP_PROBE=1 the app quits as soon as its first window has been painted.
"Cold" means the page cache was dropped before each start (needs root); when it can't
be dropped the figures are labelled "warm". The unfrozen app (`python -m peerdesk`) is
timed the same way in the same run, as the baseline.

Run: .venv/bin/python benchmarks/frozen.py [--rebuild]   (or `make bench`)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import result

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "PeerDesk"
PROGRAM = DIST / ("PeerDesk.exe" if sys.platform == "win32" else "PeerDesk")
ROUNDS = 5
TARGET_MS = 2000
PASSPHRASE = "benchmark passphrase"
PROBE_LINE = "startup-probe: UnlockWindow painted"


def build() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "--no-print-directory", "build"], cwd=ROOT, check=True)
    return time.perf_counter() - start


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def drop_caches() -> bool:
    """Empty the page cache so the next start reads everything from disk; False when
    this user may not (then starts are warm)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


def time_start(command: list[str], vault: Path, cold: bool) -> tuple[float | None, bool]:
    """Milliseconds from spawn to exit of one start to the sign-in window (None, after
    saying why, when it didn't get there), and whether the page cache was really dropped
    before it."""
    dropped = drop_caches() if cold else False
    start = time.perf_counter()
    finished = subprocess.run(
        [*command, "--vault", str(vault)],
        env=env(PEERDESK_STARTUP_PROBE="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    took = (time.perf_counter() - start) * 1000
    if finished.returncode != 0 or PROBE_LINE not in finished.stdout:
        print(
            f"{' '.join(command)} didn't reach the sign-in window (exit "
            f"{finished.returncode}):\n{finished.stdout}{finished.stderr}"
        )
        return None, dropped
    return took, dropped


def runs(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.0f} ms (runs: {', '.join(f'{t:.0f}' for t in times)})"
    )


def self_test(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    finished = subprocess.run(
        [*command, "--self-test"], env=env(), capture_output=True, text=True, check=False
    )
    return (time.perf_counter() - start) * 1000, finished


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build again even if built")
    args = parser.parse_args()
    if args.rebuild or not PROGRAM.exists():
        seconds = build()
        print(f"built {DIST.relative_to(ROOT)} in {seconds:.0f} s")
    else:
        age = (time.time() - PROGRAM.stat().st_mtime) / 60
        print(f"using the existing build in {DIST.relative_to(ROOT)} ({age:.0f} min old)")

    size_mib = folder_size(DIST) / 2**20
    import PySide6  # the baseline: the Qt package alone, as pip installed it

    pyside_mib = folder_size(Path(PySide6.__file__).parent) / 2**20
    result("folder size", size_mib, "MiB", pyside_mib, "PySide6 as pip installs it")
    print(f"size: {size_mib:.0f} MiB ({sum(1 for _ in DIST.rglob('*'))} files and folders)")

    frozen = [str(PROGRAM)]
    unfrozen = [sys.executable, "-m", "peerdesk"]
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as folder:
        vault = Path(folder) / "vault"
        subprocess.run(
            [*frozen, "init", "--vault", str(vault), "--user", "bench"],
            env=env(PEERDESK_PASSPHRASE=PASSPHRASE, PEERDESK_KDF_ITERATIONS="1"),
            capture_output=True,
            check=True,
        )
        time_start(frozen, vault, cold=False)  # a first start may write caches of its own
        frozen_ms: list[float] = []
        warm_ms: list[float] = []
        unfrozen_ms: list[float] | None = []
        drops: list[bool] = []
        for _ in range(ROUNDS):  # interleaved, so a busy moment hits both alike
            took, dropped = time_start(frozen, vault, cold=True)
            if took is None:
                return 1
            frozen_ms.append(took)
            drops.append(dropped)
            if unfrozen_ms is not None:  # the baseline; None once it failed
                took, dropped = time_start(unfrozen, vault, cold=True)
                unfrozen_ms = None if took is None else [*unfrozen_ms, took]
                drops.append(dropped)
        for _ in range(ROUNDS):
            took, _ = time_start(frozen, vault, cold=False)
            if took is None:
                return 1
            warm_ms.append(took)
    how = "cold" if all(drops) else "warm"
    if how == "warm":
        print("The page cache couldn't be dropped (not root?): these are warm starts.")
    frozen_median = statistics.median(frozen_ms)
    result(f"{how} start to sign-in window", frozen_median, "ms", TARGET_MS, "target")
    if unfrozen_ms:
        result(
            f"{how} start, frozen vs python -m peerdesk",
            frozen_median,
            "ms",
            statistics.median(unfrozen_ms),
            "unfrozen, same run",
        )
    if how == "cold":
        warm_median = statistics.median(warm_ms)
        result("warm start to sign-in window", warm_median, "ms", TARGET_MS, "target")
    print(f"start to the painted sign-in window, {ROUNDS} runs each:")
    print(f"  frozen, {how}: {runs(frozen_ms)}")
    if unfrozen_ms:
        print(f"  unfrozen (python -m peerdesk), {how}: {runs(unfrozen_ms)}")
    if how == "cold":
        print(f"  frozen, warm: {runs(warm_ms)}")
    print(f"  target {TARGET_MS} ms {how}: " + ("met" if frozen_median <= TARGET_MS else "MISSED"))

    self_test(frozen)  # the cold starts above left the frozen app's files out of the cache
    frozen_test_ms, finished = self_test(frozen)
    unfrozen_test_ms, unfrozen_finished = self_test(unfrozen)
    print(f"self-test of the frozen app (exit {finished.returncode}, {frozen_test_ms:.0f} ms):")
    print("  " + "\n  ".join((finished.stdout + finished.stderr).strip().splitlines()))
    if finished.returncode != 0:
        return 1
    if unfrozen_finished.returncode == 0:
        result(
            "warm --self-test (passed)",
            frozen_test_ms,
            "ms",
            unfrozen_test_ms,
            "unfrozen self-test",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
