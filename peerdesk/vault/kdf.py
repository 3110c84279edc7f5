"""Argon2id parameters for passphrase slots: chosen once per slot and stored with it, so
later versions can raise them without breaking old slots."""

from __future__ import annotations

import functools
import math
import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from peerdesk.config import ENV_KDF_ITERATIONS

MEMORY_KIB = 64 * 1024
LANES = 4
MIN_ITERATIONS = 3
MAX_ITERATIONS = 64
TARGET_SECONDS = 0.5
KEY_LENGTH = 32


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        if data.get("name") != "argon2id":
            raise ValueError("unknown kdf")
        params = cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            salt=bytes.fromhex(data["salt"]),
        )
        # Refuse absurd values from a damaged or hostile file before spending memory on them.
        if not (8 * 1024 <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("kdf memory out of range")
        if not (1 <= params.iterations <= 1000 and 1 <= params.lanes <= 64):
            raise ValueError("kdf cost out of range")
        if len(params.salt) < 16:
            raise ValueError("kdf salt too short")
        return params


def derive(passphrase: str, params: Argon2Params) -> bytes:
    return Argon2id(
        salt=params.salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def calibrated_iterations(target_seconds: float = TARGET_SECONDS) -> int:
    """Iterations that make one derivation take about `target_seconds` on this machine
    (measured once per process: adding several users shouldn't measure each time)."""
    override = os.environ.get(ENV_KDF_ITERATIONS)
    if override:
        return max(1, int(override))
    return _measure(target_seconds)


@functools.cache
def _measure(target_seconds: float) -> int:
    # Filling 64 MiB costs a fixed amount on top of each pass, so one measurement
    # over-estimates a pass; measure again at the estimate and correct (at most 3 tries).
    iterations = MIN_ITERATIONS
    for _ in range(3):
        start = time.perf_counter()
        derive("calibration", Argon2Params(MEMORY_KIB, iterations, LANES, os.urandom(16)))
        took = max(time.perf_counter() - start, 1e-3)
        if took >= 0.9 * target_seconds or iterations >= MAX_ITERATIONS:
            break
        iterations = min(MAX_ITERATIONS, math.ceil(iterations * target_seconds / took))
    return iterations


def new_params(iterations: int) -> Argon2Params:
    return Argon2Params(MEMORY_KIB, iterations, LANES, os.urandom(16))
