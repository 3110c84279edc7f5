"""Hybrid logical clock: timestamps that sort like wall-clock time but never go backwards
on one device and order causally across devices (used by sync's last-writer-wins merge).

A timestamp is text that sorts correctly as text: ``WWWWWWWWWWWWW-CCCCC-DEVICE`` with the
wall time in milliseconds, a counter for several events in the same millisecond (or after
seeing a clock from the future), and the device id to break ties.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def format_hlc(wall_ms: int, counter: int, device: str) -> str:
    return f"{wall_ms:013d}-{counter:05d}-{device}"


def parse_hlc(stamp: str) -> tuple[int, int, str]:
    wall, counter, device = stamp.split("-", 2)
    return int(wall), int(counter), device


class HybridClock:
    def __init__(self, device_id: str, wall_ms: Callable[[], int] = _wall_ms) -> None:
        self.device_id = device_id
        self._wall_ms = wall_ms
        self._last_wall = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last_wall:
                self._last_wall, self._counter = wall, 0
            else:
                self._counter += 1
            return format_hlc(self._last_wall, self._counter, self.device_id)

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen from another device, so later local edits win."""
        wall, counter, _ = parse_hlc(stamp)
        with self._lock:
            if (wall, counter) > (self._last_wall, self._counter):
                self._last_wall, self._counter = wall, counter
