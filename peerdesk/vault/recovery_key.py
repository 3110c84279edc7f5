"""The recovery key: 160 random bits written as groups of four letters and digits
(Crockford base32, so O/0 and I/L/1 mix-ups don't matter) with a last group that is a
checksum, so a typo is caught before any key is tried."""

from __future__ import annotations

import hashlib
import os

from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
SECRET_BYTES = 20  # 160 bits -> 32 characters
GROUP = 4
CHECK_CHARS = 4


def _encode(data: bytes) -> str:
    value = int.from_bytes(data, "big")
    length = len(data) * 8 // 5
    return "".join(ALPHABET[(value >> (5 * (length - 1 - i))) & 31] for i in range(length))


def _decode(text: str) -> bytes:
    value = 0
    for char in text:
        value = (value << 5) | ALPHABET.index(char)
    return value.to_bytes(len(text) * 5 // 8, "big")


def _checksum(body: str) -> str:
    digest = hashlib.sha256(b"peerdesk-recovery-key-v1:" + body.encode()).digest()
    return _encode(digest[:5])[:CHECK_CHARS]


def generate() -> tuple[bytes, str]:
    """A new secret and how it is printed, e.g. ``7K2Q-…-X9PA`` (nine groups)."""
    secret = os.urandom(SECRET_BYTES)
    body = _encode(secret)
    return secret, format_key(body + _checksum(body))


def format_key(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def parse(typed: str) -> bytes:
    """The secret in a typed recovery key; InvalidInput says what is wrong with a typo."""
    chars = "".join(c for c in typed.upper() if c not in " -\t\r\n")
    chars = "".join(_READ_AS.get(c, c) for c in chars)
    wanted = SECRET_BYTES * 8 // 5 + CHECK_CHARS
    bad = sorted({c for c in chars if c not in ALPHABET})
    if bad:
        raise InvalidInput(
            translate(
                "Vault",
                "The recovery key can't contain {characters}. "
                "Check it against the printed sheet and try again.",
            ).format(characters=", ".join(repr(c) for c in bad))
        )
    if len(chars) != wanted:
        raise InvalidInput(
            translate(
                "Vault",
                "The recovery key should have {groups} groups of {size} characters; "
                "this one has {count} characters. Check it against the printed sheet.",
            ).format(groups=wanted // GROUP, size=GROUP, count=len(chars))
        )
    body, check = chars[:-CHECK_CHARS], chars[-CHECK_CHARS:]
    if _checksum(body) != check:
        raise InvalidInput(
            translate(
                "Vault",
                "The recovery key has a typo: it doesn't add up. "
                "Check each group against the printed sheet and try again.",
            )
        )
    return _decode(body)
