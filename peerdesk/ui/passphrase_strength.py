"""A plain-words hint about how guessable a new passphrase is (not a meter in colour)."""

from __future__ import annotations

from peerdesk.config import MIN_PASSPHRASE_LENGTH
from peerdesk.i18n import translate


def strength_hint(passphrase: str) -> str:
    words = len(passphrase.split())
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return translate("Passphrase", "Too short: use at least {0} characters.").format(
            MIN_PASSPHRASE_LENGTH
        )
    if len(passphrase) >= 20 or (words >= 4 and len(passphrase) >= 16):
        return translate("Passphrase", "Strong. Keep it somewhere only you can find it.")
    if len(passphrase) >= 14 or (words >= 3) or (len(passphrase) >= 12 and kinds >= 3):
        return translate("Passphrase", "Good. A fourth word would make it stronger.")
    return translate("Passphrase", "Weak: add a few more words, like 'river lamp green Tuesday'.")
