"""Counting what the corruption and tampering tests saw, printed and kept in
test-artifacts/reliability-figures.txt (one line per file kind and run)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

FIGURES = Path(__file__).resolve().parents[2] / "test-artifacts" / "reliability-figures.txt"


def report(
    capsys: pytest.CaptureFixture[str], title: str, tallies: dict[str, Counter[str]]
) -> None:
    """Print one line per kind and append them to the figures file."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    lines = []
    for kind, tally in tallies.items():
        counts = ", ".join(f"{name} {tally[name]}" for name in sorted(tally) if name != "cases")
        lines.append(f"{stamp} {title} {kind}: cases {tally['cases']}, {counts}")
    with capsys.disabled():
        print()
        for line in lines:
            print(line)
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    with FIGURES.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
