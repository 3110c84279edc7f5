"""How PeerDesk looks for one person: language, text size and high contrast. Kept in the
vault per person (services/settings.py) and, for the sign-in window, beside the vault in
display.json (no personal data). Light on purpose: the sign-in window reads it before
anything heavy is imported."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from peerdesk.i18n import ENGLISH, LANGUAGES
from peerdesk.vault.atomic import atomic_writer

DISPLAY_FILE = "display.json"
TEXT_SIZES = (100, 125, 150, 200)  # percent of the computer's own text size


@dataclass(frozen=True)
class Display:
    """How PeerDesk looks for one person."""

    language: str = ENGLISH
    text_size: int = 100
    high_contrast: bool = False

    @classmethod
    def from_json(cls, text: str | None) -> Display:
        """Whatever is stored; anything odd falls back to the default for that part."""
        try:
            stored = json.loads(text or "{}")
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        language = stored.get("language")
        size = stored.get("text_size")
        return cls(
            language if language in LANGUAGES else ENGLISH,
            size if size in TEXT_SIZES else 100,
            stored.get("high_contrast") is True,
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def last_display(folder: Path) -> Display:
    """The display last used on this computer with the vault in `folder`."""
    try:
        return Display.from_json((folder / DISPLAY_FILE).read_text(encoding="utf-8"))
    except OSError:
        return Display()


def remember_display(folder: Path, display: Display) -> None:
    """Best effort: a read-only or full disk only means the next sign-in window opens in
    the default look."""
    try:
        with atomic_writer(folder / DISPLAY_FILE) as out:
            out.write(display.to_json().encode())
    except OSError:
        pass
