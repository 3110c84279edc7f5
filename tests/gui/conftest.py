from __future__ import annotations

from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class RecordingBoxes:
    """Stands in for ui.message_boxes.MessageBoxes: records instead of blocking."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = True
        self.save_to: Path | None = None  # what the save-file dialog "chooses"

    def error(self, parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        self.shown.append(("error", title, text))

    def info(self, parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        self.shown.append(("info", title, text))

    def confirm(self, parent, title: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append(("confirm", title, text))
        return self.answer

    def save_file(self, parent, title: str, suggested: Path, kinds: str) -> Path | None:  # type: ignore[no-untyped-def]
        self.shown.append(("save_file", title, str(suggested)))
        return self.save_to


@pytest.fixture
def boxes() -> RecordingBoxes:
    return RecordingBoxes()


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
