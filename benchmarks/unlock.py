"""How long unlocking takes: the Argon2id KDF, then opening the SQLCipher database
(integrity check and schema check included). Prints the parameters used.

Run: .venv/bin/python benchmarks/unlock.py   (or `make bench`)
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from results import result

os.environ.pop("PEERDESK_KDF_ITERATIONS", None)  # measure what users get

from peerdesk.db.models import Role
from peerdesk.vault import kdf, keyslots
from peerdesk.vault.vault import Vault

ROUNDS = 5
PASSPHRASE = "benchmark passphrase"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "vault")
        unlocked, _ = vault.create("bench", Role.COORDINATOR, PASSPHRASE)
        unlocked.lock()
        vault.unlock("bench", PASSPHRASE).lock()  # the first unlock makes the daily backup

        slot_file, _ = vault.slots.load()
        slot = slot_file.passphrase_slot("bench")
        assert slot is not None
        params = kdf.Argon2Params.from_json(slot.kdf)

        kdf_times, total_times = [], []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            keyslots.open_passphrase_slot(slot, slot_file.vault_id, PASSPHRASE)
            kdf_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            vault.unlock("bench", PASSPHRASE).lock()
            total_times.append(time.perf_counter() - start)

    kdf_s = statistics.median(kdf_times)
    total_s = statistics.median(total_times)
    result("unlock (KDF + open)", total_s * 1000, "ms", kdf_s * 1000, "the KDF alone")
    print(
        f"Argon2id: memory {params.memory_kib // 1024} MiB, iterations {params.iterations}, "
        f"lanes {params.lanes} (calibrated for ~{kdf.TARGET_SECONDS:.1f} s)"
    )
    print(f"KDF alone:            {kdf_s * 1000:7.0f} ms (median of {ROUNDS})")
    print(f"open after the KDF:   {(total_s - kdf_s) * 1000:7.0f} ms")
    print(f"unlock (KDF + open):  {total_s * 1000:7.0f} ms")
    print(f"target 0.5-1.0 s for the KDF: {'met' if 0.4 <= kdf_s <= 1.2 else 'MISSED'}")


if __name__ == "__main__":
    main()
