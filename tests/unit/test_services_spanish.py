"""The service layer speaks Spanish when Spanish is chosen: a few representative failures
(a form's missing field, a permission refused, a CSV import problem, the full disk) come
out in Spanish, and in English again once English is back."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from peerdesk.db.models import Role
from peerdesk.errors import DiskFull, InvalidInput, PermissionDenied, disk_problem
from peerdesk.i18n import ENGLISH, SPANISH, use_language
from peerdesk.services.csv_files import CsvError
from peerdesk.services.imports import Importer
from peerdesk.services.participants import ParticipantService
from peerdesk.services.users import UserService
from peerdesk.vault.vault import UnlockedVault, Vault

TODAY = date(2026, 11, 20)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[UnlockedVault]:
    """A vault whose coordinator, cora, has added a peer (pia) and a facilitator (fay)."""
    folder = tmp_path / "vault"
    unlocked, _ = Vault(folder).create("cora", Role.COORDINATOR, "cora passphrase here")
    users = UserService(unlocked)
    users.add_user("pia", Role.PEER, "pia passphrase here")
    users.add_user("fay", Role.FACILITATOR, "fay passphrase here")
    try:
        yield unlocked
    finally:
        unlocked.lock()


def _sign_in(vault: UnlockedVault, name: str) -> UnlockedVault:
    return Vault(vault.vault.directory).unlock(name, f"{name} passphrase here")


def test_a_form_missing_a_field_says_so_in_spanish(vault: UnlockedVault, spanish: None) -> None:
    people = ParticipantService(vault, lambda: TODAY)
    with pytest.raises(InvalidInput) as caught:
        people.create("   ")
    assert caught.value.message == "Complete el campo “Nombre visible”."
    with pytest.raises(InvalidInput) as caught:
        people.create("Ana", date_of_birth=date(2030, 1, 1))
    assert caught.value.message == "El campo “Fecha de nacimiento” no puede tener una fecha futura."


def test_permission_refused_in_spanish(vault: UnlockedVault, spanish: None) -> None:
    pia = _sign_in(vault, "pia")
    fay = _sign_in(vault, "fay")
    try:
        ana = ParticipantService(pia, lambda: TODAY).create("Ana")
        with pytest.raises(PermissionDenied) as caught:
            ParticipantService(pia, lambda: TODAY).reassign(ana, "cora")
        assert caught.value.message == (
            "Solo un coordinador puede reasignar participantes. No se cambió nada."
        )
        with pytest.raises(PermissionDenied) as caught:
            ParticipantService(fay, lambda: TODAY).create("Bo")
        assert caught.value.message == (
            "Los facilitadores ven los grupos y la asistencia, no los casos asignados. "
            "No se cambió nada."
        )
    finally:
        pia.lock()
        fay.lock()


def test_csv_import_problems_in_spanish_with_english_columns_and_values(
    vault: UnlockedVault, spanish: None
) -> None:
    data = (
        "participant_id,display_name,intake_date,status,ok_to_text\n"
        "RP-1,,2026-01-10,active,yes\n"  # no display name
        "RP-2,Bo,2026-02-30,paused,no\n"  # no such date
        "RP-3,Cy,2026-01-12,present,yes\n"  # not a status
        "RP-4,Di,2026-01-12,active,perhaps\n"  # not a yes/no
    )
    with pytest.raises(CsvError) as caught:
        Importer(vault, lambda: TODAY).run("participants", data.encode())
    assert caught.value.message == "El archivo tiene 4 problemas; no se importó nada."
    assert [p.message for p in caught.value.problems] == [
        "Línea 2: la columna display_name está vacía.",
        "Línea 3: la columna intake_date tiene una fecha que no existe.",
        "Línea 4: la columna status debe tener uno de estos valores: "
        "active, paused, disengaged, discharged.",
        "Línea 5: la columna ok_to_text debe decir “yes” o “no”.",
    ]
    # The same file with its mistakes fixed imports as it always did: the column names and
    # the English values ("active", "yes") still work with Spanish chosen.
    fixed = data.replace(",,2026", ",Ana,2026").replace("02-30", "02-28")
    fixed = fixed.replace("present", "active").replace("perhaps", "no")
    summary = Importer(vault, lambda: TODAY).run("participants", fixed.encode())
    assert summary.added == 4
    assert (
        summary.describe() == "Filas de participants importadas: 4 (agregadas: 4, actualizadas: 0)."
    )


def test_the_full_disk_in_spanish_then_english_again() -> None:
    use_language(SPANISH)
    try:
        problem = disk_problem(OSError(errno.ENOSPC, "No space left on device"))
        assert isinstance(problem, DiskFull)
        assert problem.message == (
            "El disco está lleno, así que no se guardó nada. "
            "Libere algo de espacio e inténtelo de nuevo."
        )
    finally:
        use_language(ENGLISH)
    assert DiskFull().message == (
        "The disk is full, so nothing was saved. Free some space and try again."
    )
