"""One machine-readable line per measured figure, so `benchmarks/run_all.py` (`make
bench`) can print every benchmark's figures in one table. Each benchmark still prints
its own detail for a person reading it."""

from __future__ import annotations

import json

PREFIX = "RESULT\t"


def result(
    what: str,
    figure: float,
    unit: str,
    baseline: float,
    baseline_is: str,
    *,
    higher_is_better: bool = False,
) -> None:
    """`baseline` is what the figure is compared with: something measured in the same run
    (plain reportlab, Qt's proxy model, the KDF alone) or, where nothing comparable runs
    here, the target. The ratio is figure / baseline."""
    print(
        PREFIX
        + json.dumps(
            {
                "what": what,
                "figure": figure,
                "unit": unit,
                "baseline": baseline,
                "baseline_is": baseline_is,
                "higher_is_better": higher_is_better,
            }
        ),
        flush=True,
    )
