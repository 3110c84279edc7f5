"""`make bench`: run every benchmark and print one table of figures, each with the
baseline it is compared with in the same run (or its target) and the ratio. Each
benchmark's own output goes to test-artifacts/bench/<name>.txt.

Run: .venv/bin/python benchmarks/run_all.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import PREFIX  # noqa: E402

BENCHMARKS = [
    "unlock",
    "import_csv",
    "attendance",
    "caseload_table",
    "program_report",
    "report_attendance",
    "metrics",
    "sync",
    "frozen",
]


def run(name: str, out_dir: Path) -> tuple[list[dict[str, object]], float, int]:
    start = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parent)},
        check=False,
    )
    seconds = time.perf_counter() - start
    (out_dir / f"{name}.txt").write_text(finished.stdout + finished.stderr)
    rows = [
        json.loads(line[len(PREFIX) :])
        for line in finished.stdout.splitlines()
        if line.startswith(PREFIX)
    ]
    return rows, seconds, finished.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=BENCHMARKS, help="run just these")
    args = parser.parse_args()
    out_dir = HERE.parent / "test-artifacts" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    table: list[tuple[str, dict[str, object]]] = []
    failed = []
    for name in args.only or BENCHMARKS:
        print(f"running {name}…", file=sys.stderr, flush=True)
        rows, seconds, code = run(name, out_dir)
        print(f"  {name}: {seconds:.0f} s", file=sys.stderr, flush=True)
        if code != 0 or not rows:
            failed.append(name)
        table.extend((name, row) for row in rows)
    print()
    print(f"{'benchmark':<18}{'what':<52}{'figure':>12}  {'baseline':>12}  {'ratio':>6}  against")
    for name, row in table:
        figure, baseline = float(row["figure"]), float(row["baseline"])  # type: ignore[arg-type]
        ratio = figure / baseline if baseline else float("nan")
        good = ratio >= 1 if row["higher_is_better"] else ratio <= 1
        mark = "" if good or row["baseline_is"] != "target" else "  (target missed)"
        unit = str(row["unit"])
        print(
            f"{name:<18}{row['what']!s:<52}{figure:>10.1f} {unit:<3}"
            f"{baseline:>10.1f} {unit:<3}{ratio:>6.2f}  {row['baseline_is']}{mark}"
        )
    if failed:
        print(f"\nThese benchmarks failed (see test-artifacts/bench/): {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
