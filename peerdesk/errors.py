"""Two kinds of failure: a KnownError is the user's world going wrong (wrong passphrase,
damaged file, bad input) and carries one plain sentence; anything else is a bug.

Messages never contain participant data: they may name a file or a user name the
person typed, nothing read from the vault.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure with a sentence a person can act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(KnownError):
    exit_code = 2


class WrongPassphrase(KnownError):
    exit_code = 3


class UnknownUser(KnownError):
    exit_code = 3


class InvalidInput(KnownError):
    """Bad input; nothing was changed."""

    exit_code = 4


class PermissionDenied(KnownError):
    """The signed-in user's role does not allow this. Nothing was changed."""

    exit_code = 4


class DamagedVault(KnownError):
    exit_code = 5


class NewerVault(KnownError):
    """The vault was written by a newer PeerDesk than this one."""

    exit_code = 5


class VaultMissing(KnownError):
    exit_code = 5
