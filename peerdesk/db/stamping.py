"""Keeps the sync columns of every changed record right, on every flush, so no service can
forget: new records get their origin device; each changed field gets a fresh hybrid
logical clock stamp in `field_clocks`; `updated_hlc` holds the newest.

For sync's merge (sync/merge.py) `field_clocks` also keeps, under "~seen", the newest
stamp of every *other* device whose value of a field this device overwrote, and under
"~by" who changed each field: that is how a merge tells an overwrite made knowingly from
two edits made at once."""

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
    user: str | None = session.info.get("user_id")
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
            if user:
                record.field_clocks = {**(record.field_clocks or {}), "~by": {"*": user}}
        else:
            record.field_clocks = _overwritten(record, changed, stamp, clock.device_id, user)
        record.updated_hlc = stamp
        if record.origin_device is None:
            record.origin_device = clock.device_id


def _overwritten(
    record: Synced, changed: list[str], stamp: str, device: str, user: str | None
) -> dict[str, Any]:
    clocks = dict(record.field_clocks or {})
    seen = {field: dict(v) for field, v in clocks.get("~seen", {}).items()}
    for field in changed:
        previous = str(clocks.get(field, record.created_hlc))
        writer = previous.split("-", 2)[2]
        if writer != device and seen.get(field, {}).get(writer, "") < previous:
            seen.setdefault(field, {})[writer] = previous
        clocks[field] = stamp
    if "deleted" in changed and record.deleted:
        # What this device knew of the record when deleting it, so a merge can tell an
        # edit the deleter never saw (to be reviewed) from one it deleted knowingly.
        seen["deleted"] = record_knowledge(record.created_hlc, clocks, seen)
    if seen:
        clocks["~seen"] = seen
    if user:
        clocks["~by"] = {**clocks.get("~by", {}), **dict.fromkeys(changed, user)}
    return clocks


def record_knowledge(
    created: str, clocks: dict[str, Any], seen: dict[str, dict[str, str]]
) -> dict[str, str]:
    """The newest stamp of each device among every field's stamp and seen stamps."""
    known: dict[str, str] = {}
    stamps = [created, *(v for k, v in clocks.items() if not k.startswith("~") and v)]
    stamps += [stamp for devices in seen.values() for stamp in devices.values()]
    for stamp in stamps:
        device = stamp.split("-", 2)[2]
        if known.get(device, "") < stamp:
            known[device] = stamp
    return known


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
