"""Crash reports for bugs: where it happened, never what the data was.

A report keeps the exception's type and the stack (file, line, function) and drops
every message and local value, because those can hold participant data (an SQL error
repeats the values it was given).
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from peerdesk import __version__
from peerdesk.config import APP_NAME


def describe(exc: BaseException) -> str:
    lines = [
        f"PeerDesk {__version__} on Python {platform.python_version()} ({sys.platform})",
        f"Time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        "",
    ]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("which happened while handling:")
    return "\n".join(lines) + "\n"


def save(exc: BaseException, directory: Path | None = None) -> Path | None:
    """Write a report; returns its path, or None if even that failed."""
    folder = directory or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.txt"
        path.write_text(describe(exc), encoding="utf-8")
        return path
    except OSError:
        return None
