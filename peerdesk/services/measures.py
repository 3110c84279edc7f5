"""Recording instrument results (hope today, satisfaction, BARC-10, any file added)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import Measure, Participant
from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate
from peerdesk.services import validation as check
from peerdesk.services.access import Access
from peerdesk.services.instruments import Instrument, load_instruments
from peerdesk.vault.vault import UnlockedVault


@dataclass(frozen=True)
class MeasureView:
    id: str
    instrument: str
    taken_on: date
    total: int
    items: list[int]


class MeasureService:
    def __init__(
        self,
        vault: UnlockedVault,
        instruments: dict[str, Instrument] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.vault = vault
        self.access = Access(vault)
        self.instruments = instruments if instruments is not None else load_instruments()
        self.today = today

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id.strip().lower()]
        except KeyError:
            known = ", ".join(sorted(self.instruments))
            raise InvalidInput(
                translate(
                    "Measures", "'{typed}' is not an instrument PeerDesk knows ({known})."
                ).format(typed=instrument_id, known=known)
            ) from None

    def record(
        self,
        participant_id: str,
        instrument_id: str,
        taken_on: date,
        *,
        items: list[int] | None = None,
        total: int | None = None,
        session: Session | None = None,
    ) -> str:
        """Save a result: all item answers (the total is worked out), or for a record kept
        elsewhere, the total alone; both must agree when both are given."""
        instrument = self.instrument(instrument_id)
        check.not_future(taken_on, translate("Validation", "date"), self.today())
        if items:
            scored = instrument.score(items)
            if total is not None and total != scored:
                raise InvalidInput(
                    translate(
                        "Measures",
                        "The {instrument} total doesn't match its items (they add up to {sum}).",
                    ).format(instrument=instrument.short_name, sum=scored)
                )
            total = scored
        if total is None:
            raise InvalidInput(
                translate("Measures", "A {instrument} result needs a total or its items.").format(
                    instrument=instrument.short_name
                )
            )
        instrument.check_total(total)
        with self.vault.transaction(session) as s:
            participant = self.access.require_open(s.get(Participant, participant_id))
            measure = Measure(
                participant_id=participant.id,
                instrument=instrument.id,
                taken_on=taken_on,
                total=total,
                items=list(items or []),
            )
            s.add(measure)
            s.flush()
            self.vault.audit(
                "measure_recorded", record_id=participant.id, detail=instrument.id, session=s
            )
            return measure.id

    def history(self, participant_id: str, instrument_id: str | None = None) -> list[MeasureView]:
        """Oldest first."""
        with self.vault.session() as s:
            participant = self.access.require_open(s.get(Participant, participant_id))
            query = select(Measure).where(
                Measure.participant_id == participant.id, Measure.deleted.is_(False)
            )
            if instrument_id:
                query = query.where(Measure.instrument == instrument_id)
            rows = s.scalars(query.order_by(Measure.taken_on))
            return [
                MeasureView(m.id, m.instrument, m.taken_on, m.total, list(m.items)) for m in rows
            ]
