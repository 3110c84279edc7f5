"""Keeps the sync columns of every changed record right, on every flush, so no service can
forget: new records get their origin device; each changed field gets a fresh hybrid
logical clock stamp in `field_clocks`; `updated_hlc` holds the newest."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db.hlc import HybridClock
from peerdesk.db.models import Synced, new_id

_META = frozenset({"id", "origin_device", "created_hlc", "field_clocks", "updated_hlc"})


def _changed_fields(record: Synced, is_new: bool) -> list[str]:
    state = inspect(record)
    fields = [attr.key for attr in state.mapper.column_attrs if attr.key not in _META]
    if is_new:
        return fields
    return [key for key in fields if state.attrs[key].history.has_changes()]


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    clock: HybridClock | None = session.info.get("clock")
    stamp: str | None = None
    new = set(session.new)
    for record in [*session.new, *session.dirty]:
        if not isinstance(record, Synced):
            continue
        is_new = record in new
        changed = _changed_fields(record, is_new)
        if not changed:
            continue
        if clock is None:
            raise RuntimeError("a synced record was written by a session without a clock")
        stamp = stamp or clock.now()
        if is_new:
            record.created_hlc = stamp
        else:
            record.field_clocks = {**(record.field_clocks or {}), **dict.fromkeys(changed, stamp)}
        record.updated_hlc = stamp
        if record.origin_device is None:
            record.origin_device = clock.device_id


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _stamp)


def stamp_new_rows(
    model: type[Synced], rows: list[dict[str, Any]], clock: HybridClock
) -> list[dict[str, Any]]:
    """Give rows for a bulk INSERT (no ORM objects, no flush hook) what a flush would:
    an id, the device, no tombstone, and the creation stamp for every field."""
    stamp = clock.now()
    for row in rows:
        row.setdefault("id", new_id())
        row.setdefault("deleted", False)
        row.update(
            origin_device=clock.device_id, created_hlc=stamp, field_clocks={}, updated_hlc=stamp
        )
    return rows
