"""Wrong passphrases (issue 9, part 7): always refused; refusing takes as long as
accepting, so the time says nothing about the passphrase or whether a user exists;
repeated failures make further tries wait."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.db.models import Role
from peerdesk.errors import UnknownUser, WrongPassphrase
from peerdesk.vault.throttle import THROTTLE_NAME, TooManyTries, wait_after
from peerdesk.vault.vault import Vault
from tests.conftest import CliResult

RIGHT = "river stone lantern"


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def vault_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wrong") / "vault"
    unlocked, _ = Vault(folder).create("ana", Role.COORDINATOR, RIGHT)
    unlocked.lock()
    return folder


@settings(max_examples=25, deadline=None)
@given(guess=st.text(min_size=0, max_size=40))
def test_every_other_passphrase_is_refused(vault_folder: Path, guess: str) -> None:
    if guess == RIGHT:
        return
    clock = FakeTime()
    vault = Vault(vault_folder, now=clock)
    clock.now += 10_000  # well past any wait from earlier examples
    with pytest.raises(WrongPassphrase, match="didn't match"):
        vault.unlock("ana", guess)
    assert vault.pending_failed_unlocks[-1][1] == "wrong passphrase"
    clock.now += 10_000
    vault.throttle.succeeded(0.0)  # leave no wait for the next example


def test_repeated_failures_make_the_next_try_wait(tmp_path: Path) -> None:
    clock = FakeTime()
    folder = tmp_path / "vault"
    Vault(folder, now=clock).create("ana", Role.COORDINATOR, RIGHT)[0].lock()
    vault = Vault(folder, now=clock)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock("ana", "not it at all")
    with pytest.raises(TooManyTries, match="Try again in 5 seconds"):
        vault.unlock("ana", RIGHT)  # even the right one waits: nothing is tried
    # a new process (a new Vault object) sees the same wait
    with pytest.raises(TooManyTries):
        Vault(folder, now=clock).unlock("ana", RIGHT)
    clock.now += 5
    with pytest.raises(UnknownUser):
        vault.unlock("nobody-here", "not it at all")  # unknown users count too
    with pytest.raises(TooManyTries, match="Try again in 10 seconds"):
        vault.unlock("ana", RIGHT)
    clock.now += 10
    unlocked = vault.unlock("ana", RIGHT)
    unlocked.lock()
    assert json.loads((folder / THROTTLE_NAME).read_text())["failures"] == 0
    assert [wait_after(n) for n in range(3, 9)] == [5, 10, 20, 40, 80, 120]


def test_the_command_line_says_when_to_try_again(
    tmp_path: Path, cli: Callable[..., CliResult], write_secret: Callable[[str], Path]
) -> None:
    folder = tmp_path / "vault"
    Vault(folder).create("ana", Role.COORDINATOR, RIGHT)[0].lock()
    wrong = write_secret("not it at all")
    for _ in range(3):
        assert cli("check", "--vault", folder, "--user", "ana", "--passphrase-file", wrong).code
    waited = cli("check", "--vault", folder, "--user", "ana", "--passphrase-file", wrong)
    assert waited.code == 3
    assert "Try again in" in waited.err
    assert "Traceback" not in waited.err


def _median_seconds(*works: Callable[[], object], times: int = 7) -> list[float]:
    """The median time of each of `works`, taken in turns (one of each, then again), so a
    busy moment on the machine slows them all alike instead of just one of them."""
    taken: list[list[float]] = [[] for _ in works]
    for _ in range(times):
        for work, times_taken in zip(works, taken, strict=True):
            start = time.perf_counter()
            work()
            times_taken.append(time.perf_counter() - start)
    return [statistics.median(t) for t in taken]


def test_right_wrong_and_unknown_take_the_same_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the real, calibrated Argon2id parameters (about half a second)."""
    monkeypatch.delenv("PEERDESK_KDF_ITERATIONS", raising=False)
    clock = FakeTime()
    folder = tmp_path / "vault"
    Vault(folder, now=clock).create("ana", Role.COORDINATOR, RIGHT)[0].lock()
    vault = Vault(folder, now=clock)
    vault.unlock("ana", RIGHT).lock()  # the day's automatic backup, out of the way
    # Right tries on a Vault of their own: the refusals' vault keeps its failed tries to
    # write at its next opening, which would time the audit writes, not the opening.
    opener = Vault(folder, now=clock)

    def right() -> None:
        opener.unlock("ana", RIGHT).lock()

    def refused(user: str, passphrase: str) -> Callable[[], None]:
        def attempt() -> None:
            clock.now += 1_000  # no waiting between tries here: the KDF is what's timed
            failures = json.loads((folder / THROTTLE_NAME).read_text())
            failures["failures"] = 0  # (not the count: this test times, the other waits)
            (folder / THROTTLE_NAME).write_text(json.dumps(failures))
            with pytest.raises((WrongPassphrase, UnknownUser)):
                vault.unlock(user, passphrase)

        return attempt

    for _ in range(5):  # PeerDesk learns how long opening this vault takes
        right()
    right_s, wrong_s, unknown_s = _median_seconds(
        right, refused("ana", "not it at all"), refused("nobody-here", "not it at all")
    )
    print(
        f"\nunlock, median of 7: right {right_s * 1000:.0f} ms, wrong passphrase "
        f"{wrong_s * 1000:.0f} ms ({wrong_s / right_s:.2f}), unknown user "
        f"{unknown_s * 1000:.0f} ms ({unknown_s / right_s:.2f})"
    )
    assert abs(wrong_s - right_s) / right_s <= 0.10
    assert abs(unknown_s - right_s) / right_s <= 0.10
