"""Writing a report's PDF where the person asked: checked first, written whole or not
at all, and noted in the audit log. Every report goes through here."""

from __future__ import annotations

from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.reports.pdf_common import PAPER_SIZES
from peerdesk.vault.atomic import atomic_writer
from peerdesk.vault.vault import UnlockedVault


def check_target(path: Path, paper: str) -> None:
    """Say what is wrong with where the PDF should go, before any work is done."""
    if paper not in PAPER_SIZES:
        raise InvalidInput(f"Choose {' or '.join(PAPER_SIZES)} paper.")
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} doesn't exist.")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder. Choose a file name ending in .pdf.")


def write_pdf(
    vault: UnlockedVault, path: Path, content: bytes, detail: str, record_id: str | None = None
) -> None:
    """Write `content` to `path` atomically and audit it as a report (`detail` names
    what it was, never who is in it)."""
    with vault.writing() as s:
        try:
            with atomic_writer(path) as out:
                out.write(content)
        except OSError:
            raise InvalidInput(
                f"PeerDesk couldn't write {path}. Check that the folder is writable "
                "and the disk isn't full."
            ) from None
        vault.audit("report", record_id=record_id, detail=detail, session=s)
