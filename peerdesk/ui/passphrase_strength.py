"""A plain-words hint about how guessable a new passphrase is (not a meter in colour)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerdesk.config import MIN_PASSPHRASE_LENGTH


def strength_hint(passphrase: str) -> str:
    tr = QCoreApplication.translate
    words = len(passphrase.split())
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return tr("Passphrase", "Too short: use at least {0} characters.").format(
            MIN_PASSPHRASE_LENGTH
        )
    if len(passphrase) >= 20 or (words >= 4 and len(passphrase) >= 16):
        return tr("Passphrase", "Strong. Keep it somewhere only you can find it.")
    if len(passphrase) >= 14 or (words >= 3) or (len(passphrase) >= 12 and kinds >= 3):
        return tr("Passphrase", "Good. A fourth word would make it stronger.")
    return tr("Passphrase", "Weak: add a few more words, like 'river lamp green Tuesday'.")
