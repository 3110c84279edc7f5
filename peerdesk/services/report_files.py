"""Writing a report's PDF where the person asked: checked first, written whole or not
at all, and noted in the audit log. Every report goes through here. What it says to a
person is in peerdesk/reports/messages.py, translated with the reports."""

from __future__ import annotations

from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.reports import messages
from peerdesk.reports.pdf_common import PAPER_SIZES
from peerdesk.vault.atomic import atomic_writer
from peerdesk.vault.vault import UnlockedVault


def check_target(path: Path, paper: str) -> None:
    """Say what is wrong with where the PDF should go, before any work is done."""
    if paper not in PAPER_SIZES:
        raise InvalidInput(messages.choose_paper())
    if not path.parent.is_dir():
        raise InvalidInput(messages.no_folder(path.parent))
    if path.is_dir():
        raise InvalidInput(messages.is_a_folder(path))


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
            raise InvalidInput(messages.not_written(path)) from None
        vault.audit("report", record_id=record_id, detail=detail, session=s)
