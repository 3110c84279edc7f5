"""Paths, environment variables and constants. No settings are read at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PeerDesk"

ENV_VAULT = "PEERDESK_VAULT"
ENV_PASSPHRASE = "PEERDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PEERDESK_NEW_PASSPHRASE"
# Fixes the Argon2id iteration count for new key slots instead of calibrating it. Meant for
# the test suite (memory stays at 64 MiB); slots keep the parameters they were made with.
ENV_KDF_ITERATIONS = "PEERDESK_KDF_ITERATIONS"


MIN_PASSPHRASE_LENGTH = 8
AUTO_BACKUPS_KEPT = 7
AUTO_BACKUP_INTERVAL_SECONDS = 24 * 60 * 60
IDLE_LOCK_SECONDS_DEFAULT = 5 * 60


def default_vault_dir() -> Path:
    """The vault folder: $PEERDESK_VAULT, else the platform's user data folder."""
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def resources_dir() -> Path:
    """resources/ beside the package; in the frozen app (build.spec), in its bundle folder."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
