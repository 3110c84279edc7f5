"""Settings kept in the vault.

For the program (coordinators change them): its name and logo on reports, how soon
PeerDesk locks itself, the local crisis resources shown on every safety plan, and when
someone counts as at risk of disengaging.

For each person (everyone changes their own): language, text size and high contrast. The
last ones used are also kept beside the vault in display.json (no personal data), so the
sign-in window opens in them before anyone has signed in."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from sqlalchemy import select

from peerdesk.config import IDLE_LOCK_SECONDS_DEFAULT
from peerdesk.db.models import VaultMeta
from peerdesk.display import TEXT_SIZES, Display, remember_display
from peerdesk.errors import InvalidInput
from peerdesk.i18n import LANGUAGES, translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.services.engagement import MISSED_KEY, QUIET_DAYS_KEY, AtRiskRule, at_risk_rule
from peerdesk.vault.vault import UnlockedVault

IDLE_KEY = "idle_lock_minutes"
CRISIS_KEY = "crisis_resources"
ORGANISATION_KEY = "organisation"
LOGO_KEY = "report_logo"  # base64 of a PNG or JPEG
MAX_LOGO_BYTES = 1024 * 1024
_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
DISPLAY_KEY = "display:{0}"  # per user id


@dataclass(frozen=True)
class Settings:
    organisation: str
    idle_lock_minutes: int
    crisis_resources: str
    at_risk: AtRiskRule = field(default_factory=AtRiskRule)


class SettingsService:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self.access = Access(vault)

    def load(self) -> Settings:
        with self.vault.session() as s:
            values = {
                m.key: m.value
                for m in s.scalars(
                    select(VaultMeta).where(
                        VaultMeta.key.in_([IDLE_KEY, CRISIS_KEY, ORGANISATION_KEY])
                    )
                )
            }
            rule = at_risk_rule(s)
        return Settings(
            values.get(ORGANISATION_KEY, ""),
            int(values.get(IDLE_KEY, IDLE_LOCK_SECONDS_DEFAULT // 60)),
            values.get(CRISIS_KEY, ""),
            rule,
        )

    def save(
        self,
        *,
        idle_lock_minutes: int,
        crisis_resources: str,
        organisation: str,
        at_risk: AtRiskRule | None = None,
    ) -> None:
        """Coordinators only: these apply to everyone who uses this vault."""
        self.access.require_coordinator(
            translate("Access", "change the program's settings", "Only a coordinator can …")
        )
        check.whole_number(
            idle_lock_minutes, translate("Settings", "minutes before PeerDesk locks"), 1, 60
        )
        values = {
            IDLE_KEY: str(idle_lock_minutes),
            CRISIS_KEY: check.text(
                crisis_resources, translate("Settings", "crisis resources"), limit=4000
            )
            or "",
            ORGANISATION_KEY: check.text(
                organisation, translate("Settings", "program name"), limit=120
            )
            or "",
        }
        if at_risk is not None:
            check.whole_number(
                at_risk.quiet_days, translate("Settings", "days without contact"), 1, 365
            )
            check.whole_number(
                at_risk.missed_in_a_row, translate("Settings", "missed sessions in a row"), 1, 20
            )
            values[QUIET_DAYS_KEY] = str(at_risk.quiet_days)
            values[MISSED_KEY] = str(at_risk.missed_in_a_row)
        with self.vault.writing() as s:
            for key, value in values.items():
                s.merge(VaultMeta(key=key, value=value))
            self.vault.audit("settings_changed", session=s)

    def logo(self) -> bytes | None:
        """The picture printed on the first page of every report, if one was chosen."""
        with self.vault.session() as s:
            stored = s.get(VaultMeta, LOGO_KEY)
            return base64.b64decode(stored.value) if stored and stored.value else None

    def set_logo(self, content: bytes | None) -> None:
        """Coordinators only: a PNG or JPEG of at most 1 MB, or None to print none."""
        self.access.require_coordinator(
            translate("Access", "change the program's settings", "Only a coordinator can …")
        )
        if content is not None:
            if not content.startswith(_LOGO_SIGNATURES):
                raise InvalidInput(translate("Settings", "The logo must be a PNG or JPEG picture."))
            if len(content) > MAX_LOGO_BYTES:
                raise InvalidInput(
                    translate("Settings", "The logo can be at most 1 MB. Try a smaller picture.")
                )
        with self.vault.writing() as s:
            value = base64.b64encode(content).decode("ascii") if content else ""
            s.merge(VaultMeta(key=LOGO_KEY, value=value))
            self.vault.audit("settings_changed", detail="logo", session=s)

    def display(self) -> Display:
        """The signed-in person's language, text size and contrast."""
        assert self.vault.user is not None
        with self.vault.session() as s:
            stored = s.get(VaultMeta, DISPLAY_KEY.format(self.vault.user.id))
            return Display.from_json(stored.value if stored else None)

    def save_display(self, display: Display) -> None:
        """Anyone, for themselves; remembered on this computer for the sign-in window."""
        assert self.vault.user is not None
        if display.language not in LANGUAGES or display.text_size not in TEXT_SIZES:
            raise InvalidInput(
                translate("Settings", "Choose a language and text size from the lists.")
            )
        with self.vault.writing() as s:
            s.merge(VaultMeta(key=DISPLAY_KEY.format(self.vault.user.id), value=display.to_json()))
        remember_display(self.vault.vault.directory, display)
