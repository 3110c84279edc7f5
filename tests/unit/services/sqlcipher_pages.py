"""Reads a SQLCipher 4 file page by page with its raw key, including free pages and WAL
frames, so tests can prove that erased content is gone from the bytes, not just hidden
from queries. (Default SQLCipher 4 layout: 4096-byte pages, AES-256-CBC, each page
ending in a 16-byte IV and a 64-byte HMAC; page 1 starts with the 16-byte salt.)"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_of_database(data: bytes, key: bytes) -> bytes:
    pages = [data[i : i + PAGE] for i in range(0, len(data) - PAGE + 1, PAGE)]
    return b"".join(_decrypt_page(p, key, i == 0) for i, p in enumerate(pages))


def plaintext_of_wal(data: bytes, key: bytes) -> bytes:
    out = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE]
        out.append(_decrypt_page(page, key, page_number == 1))
        offset += WAL_FRAME_HEADER + PAGE
    return b"".join(out)


def plaintext_of_folder(folder: Path, key: bytes) -> dict[str, bytes]:
    """Every database, WAL and backup under `folder`, decrypted."""
    from peerdesk.vault.backups import read_header

    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        name = str(path.relative_to(folder))
        if path.name.endswith("-wal"):
            found[name] = plaintext_of_wal(path.read_bytes(), key)
        elif path.suffix == ".db":
            found[name] = plaintext_of_database(path.read_bytes(), key)
        elif path.name.endswith(".peerdesk-backup"):
            header, offset = read_header(path)
            db = path.read_bytes()[offset : offset + header.db_size]
            found[name] = plaintext_of_database(db, key)
    return found
