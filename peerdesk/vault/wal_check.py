"""Telling a damaged write-ahead log from one cut short by a crash.

SQLite reads the WAL (`vault.db-wal`, left beside the database when PeerDesk was not
closed normally) frame by frame and stops at the first frame whose salt or checksum is
wrong: everything after it is treated as never written. That is right after a crash in
the middle of a commit, but a damaged byte in the middle of the log makes SQLite drop
every later commit without a word (measured: 60 of 60 random flips in a WAL opened as
an older vault). Here the log is read the same way; past the stopping point we look for
a commit frame followed by a frame that chains on from it (each frame's checksum is
seeded by the one before): a commit that had been made durable (the next transaction
was written after it) would be lost, so the log is damaged. A torn last transaction,
the one thing a crash can leave, is not reported; nor can a log cut short be told
from one whose writer stopped there.

Format: https://www.sqlite.org/fileformat2.html#walformat
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683
_HEADER = 32
_FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, order: str, seed: tuple[int, int]) -> tuple[int, int]:
    s0, s1 = seed
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def _page_size_ok(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _lost_commits(data: bytes, order: str, page_size: int) -> bool:
    magic, version, header_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_HEADER])
    frame_size = _FRAME_HEADER + page_size
    count = (len(data) - _HEADER) // frame_size
    header_sum = _checksum(data[:24], order, (0, 0))
    header_ok = (
        magic in (_MAGIC_LITTLE, _MAGIC_BIG)
        and version == 3007000
        and header_size == page_size
        and header_sum == (c1, c2)
    )

    def frame(i: int) -> tuple[bytes, int, int, tuple[int, int], tuple[int, int]]:
        start = _HEADER + (i - 1) * frame_size
        head = data[start : start + _FRAME_HEADER]
        page, commit, f1, f2, k1, k2 = struct.unpack(">6I", head)
        body = head[:8] + data[start + _FRAME_HEADER : start + frame_size]
        salts = (f1, f2)
        return body, page, commit, salts, (k1, k2)

    # Where SQLite stops reading (0: it ignores the whole log).
    stop = 0
    if header_ok:
        seed = (c1, c2)
        for i in range(1, count + 1):
            body, page, _commit, salts, stored = frame(i)
            if salts != (salt1, salt2) or page == 0 or _checksum(body, order, seed) != stored:
                stop = i
                break
            seed = stored
        else:
            return False
    # From there on: a commit frame of this log followed by a frame that chains on from
    # it. Frames of a rolled-back transaction never hold a commit, and a crash can only
    # tear the last transaction, after which nothing chains on.
    previous = [(c1, c2), header_sum]
    if stop > 1:
        previous = [frame(stop - 1)[4]]
    for j in range(max(stop, 1), count):
        body, _page, commit, salts, stored = frame(j)
        before, previous = previous, [stored]
        wanted = (salt1, salt2) if header_ok else salts
        if commit == 0 or salts != wanted:
            continue
        after, page, _commit, next_salts, next_stored = frame(j + 1)
        if page == 0 or next_salts != wanted:
            continue
        # its own checksum field may be the damaged part: also try it recomputed
        seeds = [stored, *(_checksum(body, order, seed) for seed in before)]
        if any(_checksum(after, order, seed) == next_stored for seed in seeds):
            return True
    return False


def wal_is_damaged(path: Path, page_size: int = 4096) -> bool:
    """True when the log at `path` holds commits SQLite would silently skip."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return False
    if len(data) < _HEADER + _FRAME_HEADER:
        return False
    magic, _version, header_size = struct.unpack(">3I", data[:12])
    orders = {_MAGIC_LITTLE: ["<"], _MAGIC_BIG: [">"]}.get(magic, ["<", ">"])
    sizes = [header_size] if _page_size_ok(header_size) else []
    if page_size not in sizes:
        sizes.append(page_size)
    return any(_lost_commits(data, order, size) for order in orders for size in sizes)
