"""How long the program report takes for the demo vault (60 participants, a year of
contacts, groups, measures and training): from asking to the finished PDF in memory,
for the last 12 months (target ≤ 2 s). The demo's made-up figures are printed too.

Run: .venv/bin/python benchmarks/program_report.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from results import result

os.environ.setdefault("PEERDESK_KDF_ITERATIONS", "1")  # building the vault fast

from peerdesk.services.demo import DEMO_PASSPHRASE, build_demo_vault
from peerdesk.services.reports import ReportRequest, ReportService
from peerdesk.vault.vault import Vault

TODAY = date(2026, 11, 24)
START, END = date(2025, 11, 1), date(2026, 10, 31)
TARGET_MS = 2000


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        made = build_demo_vault(Path(folder) / "demo", today=TODAY)
        coordinator = Vault(made.folder).unlock("demo", DEMO_PASSPHRASE)
        try:
            service = ReportService(coordinator, lambda: TODAY)
            request = ReportRequest("program", START, END)
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                built = service.build(request)
                timings.append((time.perf_counter() - started) * 1000)
        finally:
            coordinator.lock()
    median = statistics.median(timings)
    result("program report, demo vault (median)", median, "ms", TARGET_MS, "target")
    print(
        f"program report, demo vault ({made.participants} participants), 12 months: "
        f"{built.pages} pages, median {median:.0f} ms of 5; target ≤ {TARGET_MS} ms, "
        f"ratio {median / TARGET_MS:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
