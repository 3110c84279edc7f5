import json
from pathlib import Path

import pytest

from peerdesk.errors import DamagedVault
from peerdesk.vault import kdf, keyslots

KEY = bytes(range(32))


def _file_with_user(name: str = "ana", passphrase: str = "pass phrase one") -> keyslots.SlotFile:
    slot_file = keyslots.SlotFile.new()
    return slot_file.with_slot(keyslots.passphrase_slot(slot_file, name, passphrase, KEY, 1))


def test_passphrase_slot_opens_with_right_passphrase_only() -> None:
    slot_file = _file_with_user()
    slot = slot_file.passphrase_slot("ana")
    assert slot is not None
    assert keyslots.open_passphrase_slot(slot, slot_file.vault_id, "pass phrase one") == KEY
    assert keyslots.open_passphrase_slot(slot, slot_file.vault_id, "pass phrase two") is None


def test_user_names_are_found_without_case_and_never_stored() -> None:
    slot_file = _file_with_user("Zanzibarquux")
    assert slot_file.passphrase_slot("zanzibarquux ") is not None
    assert b"anzibarquux" not in slot_file.to_bytes().lower()


def test_slot_uses_argon2id_with_64_mib_and_stores_its_parameters() -> None:
    slot = _file_with_user().slots[0]
    assert slot.kdf["name"] == "argon2id"
    assert slot.kdf["memory_kib"] == 64 * 1024
    assert len(bytes.fromhex(slot.kdf["salt"])) == 16


def test_changed_parameters_make_the_slot_fail_instead_of_weakening_it() -> None:
    slot_file = _file_with_user()
    slot = slot_file.slots[0]
    weakened = keyslots.Slot(
        slot.id, slot.kind, slot.lookup, {**slot.kdf, "lanes": 1}, slot.nonce, slot.wrapped
    )
    assert keyslots.open_passphrase_slot(weakened, slot_file.vault_id, "pass phrase one") is None


def test_recovery_slot_opens_with_the_secret() -> None:
    slot_file = keyslots.SlotFile.new()
    slot_file = slot_file.with_slot(keyslots.recovery_slot(slot_file, b"s" * 20, KEY))
    slot = slot_file.recovery_slot()
    assert slot is not None
    assert keyslots.open_recovery_slot(slot, slot_file.vault_id, b"s" * 20) == KEY
    assert keyslots.open_recovery_slot(slot, slot_file.vault_id, b"t" * 20) is None


def test_any_changed_byte_is_seen_as_damage(tmp_path: Path) -> None:
    data = bytearray(_file_with_user().to_bytes())
    for position in range(0, len(data), 7):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(keyslots.SlotFileDamaged):
            keyslots.SlotFile.from_bytes(bytes(damaged))


def test_store_prefers_the_newer_good_copy_and_asks_for_repair(tmp_path: Path) -> None:
    store = keyslots.KeySlotStore(tmp_path)
    first = store.save(_file_with_user())
    store.copy.write_bytes(first.to_bytes())
    second = store.save(first.with_slot(keyslots.recovery_slot(first, b"r" * 20, KEY)))
    store.copy.write_bytes(first.to_bytes())  # as if killed between the two writes
    loaded, needs_repair = store.load()
    assert loaded == second and needs_repair
    store.repair(loaded)
    assert store.load() == (second, False)


def test_both_copies_damaged_is_reported_as_damage(tmp_path: Path) -> None:
    store = keyslots.KeySlotStore(tmp_path)
    store.save(_file_with_user())
    for path in (store.primary, store.copy):
        body = json.loads(path.read_text())
        body["generation"] += 5
        path.write_text(json.dumps(body))
    with pytest.raises(DamagedVault, match="damaged"):
        store.load()


def test_calibration_aims_for_half_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PEERDESK_KDF_ITERATIONS")
    iterations = kdf.calibrated_iterations()
    assert kdf.MIN_ITERATIONS <= iterations <= kdf.MAX_ITERATIONS
