"""Telling a damaged write-ahead log from one cut short by a crash.

SQLite reads the WAL (`vault.db-wal`, left beside the database when PeerDesk was not
closed normally) frame by frame and stops at the first frame whose salt or checksum is
wrong: everything after it is treated as never written. That is right after a crash in
the middle of a commit, but a damaged byte in the middle of the log makes SQLite drop
every later commit without a word (measured: 60 of 60 random flips in a WAL opened as
an older vault). Here the log is read the same way; past the stopping point we look for
frames that still chain on (each frame's checksum is seeded by the one before). A
commit frame there followed by more chained frames means a commit that had been made
durable (the next transaction was written after it) would be lost: the log is damaged.
A torn last transaction, the one thing a crash can leave, is not reported.

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
        return (
            head[:8] + data[start + _FRAME_HEADER : start + frame_size],
            page,
            commit,
            (
                f1,
                f2,
            ),
            (k1, k2),
        )

    # Where SQLite stops reading (0: it ignores the whole log).
    stop = 0
    seeds = [(c1, c2)]
    if header_ok:
        stop = count + 1
        for i in range(1, count + 1):
            body, page, _commit, salts, stored = frame(i)
            if salts != (salt1, salt2) or page == 0 or _checksum(body, order, seeds[0]) != stored:
                stop = i
                break
            seeds = [stored]
        if stop > count:
            return False
        # the stopping frame may only have a damaged checksum field
        body, _page, _commit, _salts, stored = frame(stop)
        seeds = [stored, _checksum(body, order, seeds[0])]
        first = stop + 1
    else:
        seeds = [(c1, c2), header_sum]
        first = 1
    # Past the stop: follow the chain and see whether a commit was followed by more frames.
    committed = False
    for i in range(first, count + 1):
        body, page, commit, salts, stored = frame(i)
        if header_ok and salts != (salt1, salt2):
            return False
        if page == 0 or all(_checksum(body, order, seed) != stored for seed in seeds):
            return False
        if committed:
            return True
        committed = commit != 0
        seeds = [stored]
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
