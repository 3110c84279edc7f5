"""Two kinds of failure: a KnownError is the user's world going wrong (wrong passphrase,
damaged file, bad input) and carries one plain sentence; anything else is a bug.

Messages never contain participant data: they may name a file or a user name the
person typed, nothing read from the vault.
"""

from __future__ import annotations

import errno

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate


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


# Translated where raised (the language is chosen after import).
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full, so nothing was saved. Free some space and try again."
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "Errors",
    "PeerDesk couldn't write to the disk, so nothing was saved. Check that the disk isn't "
    "full (and a USB stick is still plugged in) and try again.",
)
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # EFBIG: a file-size limit
_SQLITE_FULL = 13  # SQLite's primary result codes: "database or disk is full"
_SQLITE_IOERR = 10
_SQLITE_MESSAGES = {"database or disk is full": _SQLITE_FULL, "disk I/O error": _SQLITE_IOERR}


class DiskProblem(KnownError, OSError):
    """A write the disk refused (full, or an I/O error). Also an OSError, so code that
    already handles a failed write as an OSError keeps doing so."""


class DiskFull(DiskProblem):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("Errors", DISK_FULL))


def disk_problem(error: BaseException) -> DiskProblem | None:
    """The one-sentence error for a failed write to a full or failing disk: an OSError,
    or SQLite's full-disk and I/O errors (also wrapped by SQLAlchemy); None otherwise."""
    if isinstance(error, DiskProblem):
        return error
    if isinstance(error, OSError):
        if error.errno in _FULL_ERRNOS:
            return DiskFull()
        if error.errno == errno.EIO:
            return DiskProblem(translate("Errors", DISK_ERROR))
        return None
    inner = getattr(error, "orig", None) or error
    code = getattr(inner, "sqlite_errorcode", None)
    if not isinstance(code, int):  # the driver's backup() sets no code, only SQLite's words
        code = _SQLITE_MESSAGES.get(str(inner))
    if code is not None and code & 0xFF == _SQLITE_FULL:
        return DiskFull()
    if code is not None and code & 0xFF == _SQLITE_IOERR:
        return DiskProblem(translate("Errors", DISK_ERROR))
    return None
