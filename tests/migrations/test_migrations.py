"""Every schema version PeerDesk ever shipped upgrades to the current one, with a backup
first and nothing lost; and the models agree with what the migrations build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from peerdesk.db import migrate
from peerdesk.db.models import Base, Role, User, VaultMeta
from peerdesk.services.users import UserService
from peerdesk.vault import backups
from peerdesk.vault.vault import Vault

SAVED = Path(__file__).parent / "vaults"
# Each saved vault was made by the PeerDesk of that schema version with `init --user coord`
# (passphrase below) and `user add pat --role peer`.
SAVED_PASSPHRASE = "saved vault passphrase"
# Indexes written as SQL in the migrations (partial, case-insensitive) that the models
# can't describe.
HAND_WRITTEN_INDEXES = {"ix_users_active_name", "ix_participants_external_id"}


def test_models_match_the_migrations() -> None:
    engine = create_engine("sqlite://")
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        from alembic import command

        command.upgrade(config, "head")
        context = MigrationContext.configure(connection)
        differences = [
            d
            for d in compare_metadata(context, Base.metadata)
            if not (d[0] in ("add_index", "remove_index") and d[1].name in HAND_WRITTEN_INDEXES)
        ]
    assert differences == []


@pytest.mark.parametrize("version", sorted(p.name for p in SAVED.iterdir()))
def test_a_saved_vault_upgrades_with_a_backup_first(version: str, tmp_path: Path) -> None:
    folder = tmp_path / version
    shutil.copytree(SAVED / version, folder)
    unlocked = Vault(folder).unlock("coord", SAVED_PASSPHRASE)
    try:
        assert unlocked.schema_revision() == migrate.head_revision()
        names = {(u.name, u.role) for u in UserService(unlocked).list_users()}
        assert names == {("coord", Role.COORDINATOR), ("pat", Role.PEER)}
        with unlocked.session() as session:
            assert session.get(VaultMeta, "organisation").value == f"Schema {version} vault"
            assert session.scalar(select(User).where(User.name == "pat")) is not None
    finally:
        unlocked.lock()
    saved = backups.auto_backups(folder / "backups")
    if version != migrate.head_revision():
        assert any(f"before-upgrade-{version}" in p.name for p in saved)
