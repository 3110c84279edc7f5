"""Slowing down guessing: after a few wrong passphrases in a row, the next try must wait,
longer after each further failure (5 s, 10 s, 20 s, … up to 2 minutes). The count lives
in a small file beside the key slots (`unlock-throttle.json`: a number, a time and how
long opening the vault took; no name, nothing secret) so a new process can't start
afresh; a right passphrase resets the count. Argon2id already makes every guess cost
about half a second; this caps how many a person at the keyboard, or a script, can make.

A refusal also waits as long as opening the vault took the last time, so a wrong
passphrase takes as long as a right one and the time says nothing."""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from peerdesk.errors import KnownError
from peerdesk.i18n import translate
from peerdesk.vault.atomic import atomic_write_bytes

THROTTLE_NAME = "unlock-throttle.json"
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 120.0
MAX_OPENING_SECONDS = 10.0


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

    def _read(self) -> tuple[int, float, float]:
        try:
            data = json.loads(self.path.read_text())
            opening = min(MAX_OPENING_SECONDS, max(0.0, float(data.get("opening", 0.0))))
            return int(data["failures"]), float(data["last"]), opening
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return 0, 0.0, 0.0  # no file yet, or a damaged one: no wait

    def _write(self, failures: int, last: float, opening: float) -> None:
        record = {"failures": failures, "last": last, "opening": round(opening, 3)}
        with contextlib.suppress(OSError):  # a read-only folder mustn't hide the real answer
            atomic_write_bytes(self.path, json.dumps(record).encode())

    def pad(self) -> float:
        """How long a refusal should wait after the KDF: as long as opening took."""
        return self._read()[2]

    def check(self) -> None:
        """Raise TooManyTries when a try now would come too soon."""
        failures, last, _opening = self._read()
        remaining = last + wait_after(failures) - self.now()
        if remaining > 0:
            seconds = math.ceil(remaining)
            # Not a "%n second(s)" plural: the command line shows this in English
            # without loading any translation, so the English must read right as it is.
            if seconds == 1:
                sentence = translate(
                    "Vault",
                    "That was several wrong tries in a row, so PeerDesk is waiting a little. "
                    "Try again in 1 second.",
                )
            else:
                sentence = translate(
                    "Vault",
                    "That was several wrong tries in a row, so PeerDesk is waiting a little. "
                    "Try again in {count} seconds.",
                ).format(count=seconds)
            raise TooManyTries(sentence)

    def failed(self) -> None:
        failures, _last, opening = self._read()
        self._write(failures + 1, self.now(), opening)

    def succeeded(self, opening_seconds: float | None = None) -> None:
        """Reset the count; remember how long opening takes (for padding refusals), as a
        running average so one slow opening (a daily backup) doesn't count too much."""
        _failures, _last, opening = self._read()
        if opening_seconds is not None:
            opening = opening_seconds if not opening else 0.7 * opening + 0.3 * opening_seconds
        self._write(0, 0.0, opening)
