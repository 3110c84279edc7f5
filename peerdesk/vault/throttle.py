"""Slowing down guessing: after a few wrong passphrases in a row, the next try must wait,
longer after each further failure (5 s, 10 s, 20 s, … up to 2 minutes). The count lives
in a small file beside the key slots (`unlock-throttle.json`: a number and a time, no
name, nothing secret) so a new process can't start afresh; a right passphrase removes it.
Argon2id already makes every guess cost about half a second; this caps how many a
person at the keyboard, or a script, can make."""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from peerdesk.errors import KnownError
from peerdesk.vault.atomic import atomic_write_bytes

THROTTLE_NAME = "unlock-throttle.json"
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 120.0


class TooManyTries(KnownError):
    """Several wrong passphrases in a row: the next try must wait. Nothing changed."""

    exit_code = 3


def wait_after(failures: int) -> float:
    """Seconds the next try must wait after `failures` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES))


class UnlockThrottle:
    def __init__(self, directory: Path, now: Callable[[], float] = time.time) -> None:
        self.path = directory / THROTTLE_NAME
        self.now = now

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text())
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0  # no file (the usual case) or a damaged one: no wait

    def check(self) -> None:
        """Raise TooManyTries when a try now would come too soon."""
        failures, last = self._read()
        remaining = last + wait_after(failures) - self.now()
        if remaining > 0:
            seconds = math.ceil(remaining)
            raise TooManyTries(
                f"That was several wrong tries in a row, so PeerDesk is waiting a little. "
                f"Try again in {seconds} second{'s' if seconds != 1 else ''}."
            )

    def failed(self) -> None:
        failures, _last = self._read()
        record = {"failures": failures + 1, "last": self.now()}
        with contextlib.suppress(OSError):  # a read-only folder mustn't hide the real answer
            atomic_write_bytes(self.path, json.dumps(record).encode())

    def succeeded(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
