"""Measurement instruments, defined as data in resources/instruments/*.json: adding an
instrument is adding a file. Scores are checked against the file's scale and scoring."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.config import resources_dir
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate


@dataclass(frozen=True)
class Cutoff:
    at_or_above: int
    label: str


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    item_texts: tuple[str, ...]
    scale_min: int
    scale_max: int
    anchors: dict[int, str]
    method: str  # "sum" or "single"
    total_min: int
    total_max: int
    higher_is_better: bool
    cutoffs: tuple[Cutoff, ...]
    citation: str

    @property
    def single_item(self) -> bool:
        return self.method == "single"

    def score(self, items: list[int]) -> int:
        """The total for a full set of item answers; InvalidInput says what is off."""
        if len(items) != len(self.item_texts):
            raise InvalidInput(
                translate(
                    "Measures",
                    "{instrument} needs an answer to each of its {count} items; "
                    "{given} were given.",
                ).format(instrument=self.short_name, count=len(self.item_texts), given=len(items))
            )
        for number, value in enumerate(items, start=1):
            if not self.scale_min <= value <= self.scale_max:
                raise InvalidInput(
                    translate(
                        "Measures", "{instrument} item {number} must be from {low} to {high}."
                    ).format(
                        instrument=self.short_name,
                        number=number,
                        low=self.scale_min,
                        high=self.scale_max,
                    )
                )
        return items[0] if self.single_item else sum(items)

    def check_total(self, total: int) -> int:
        if not self.total_min <= total <= self.total_max:
            raise InvalidInput(
                translate("Measures", "A {instrument} total must be from {low} to {high}.").format(
                    instrument=self.short_name, low=self.total_min, high=self.total_max
                )
            )
        return total

    def band(self, total: int) -> str | None:
        """The label of the highest cut-off reached, if any."""
        reached = [c for c in self.cutoffs if total >= c.at_or_above]
        return max(reached, key=lambda c: c.at_or_above).label if reached else None


def _parse(data: dict[str, Any]) -> Instrument:
    scale, scoring = data["scale"], data["scoring"]
    return Instrument(
        id=str(data["id"]),
        name=str(data["name"]),
        short_name=str(data.get("short_name") or data["name"]),
        item_texts=tuple(str(item["text"]) for item in data["items"]),
        scale_min=int(scale["min"]),
        scale_max=int(scale["max"]),
        anchors={int(k): str(v) for k, v in scale.get("anchors", {}).items()},
        method=str(scoring["method"]),
        total_min=int(scoring["min"]),
        total_max=int(scoring["max"]),
        higher_is_better=bool(scoring.get("higher_is_better", True)),
        cutoffs=tuple(
            Cutoff(int(c["at_or_above"]), str(c["label"])) for c in data.get("cutoffs", [])
        ),
        citation=str(data["source"]["citation"]),
    )


def load_instruments(folder: Path | None = None) -> dict[str, Instrument]:
    """Every instrument file in `folder` (default resources/instruments), by id."""
    found: dict[str, Instrument] = {}
    for path in sorted((folder or resources_dir() / "instruments").glob("*.json")):
        instrument = _parse(json.loads(path.read_text(encoding="utf-8")))
        if instrument.id != path.stem:
            raise ValueError(f"{path.name}: id {instrument.id!r} must match the file name")
        found[instrument.id] = instrument
    return found
