"""Record states in and out of the vault, and the merge (DESIGN.md section 5).

A *state* is everything one device knows of one record in one scope: each field's value,
its hybrid-logical-clock stamp, the stamps of other devices' values it overwrote knowingly
("seen") and who changed it. States merge field by field:

- a stamp the local side already knows (its own, or one it overwrote) changes nothing, so
  applying the same state twice changes nothing;
- a value written knowing the local one replaces it;
- two values written without knowing each other are *concurrent*: the later stamp wins and,
  when the values differ, the other goes to the "needs review" list (a ReviewItem whose id
  comes from the record, field and losing stamp, so every device makes the same one);
- an edit the deleting device never saw, on a record it deleted, is put up for review too.

Field stamps of a row received only in part (a participant's roster fields on a
facilitator's laptop) are "" for the fields not received: anything beats nothing.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, literal, literal_column, select, update
from sqlalchemy import Table as SqlTable

from peerdesk.db.hlc import HybridClock
from peerdesk.db.models import Participant, table_of
from peerdesk.sync.records import ORDER, TABLES, Table, scope_of_field

_REVIEW_NAMESPACE = uuid.UUID("6f1c1f9e-3c55-4c47-9a51-2b4f3c8a9d10")
_CHUNK = 2000


def device_of(stamp: str) -> str:
    return stamp.split("-", 2)[2]


def _covers(known: dict[str, str], stamp: str) -> bool:
    return known.get(device_of(stamp), "") >= stamp


def _knowledge(stamp: str, seen: dict[str, str]) -> dict[str, str]:
    known = dict(seen)
    if stamp and known.get(device_of(stamp), "") < stamp:
        known[device_of(stamp)] = stamp
    return known


def _join(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    joined = dict(a)
    for device, stamp in b.items():
        if joined.get(device, "") < stamp:
            joined[device] = stamp
    return joined


@dataclass
class RecordState:
    """One record in one scope, as it travels inside an envelope."""

    table: str
    id: str
    scope: str
    origin: str
    created: str
    values: dict[str, Any]  # field -> JSON value
    clocks: dict[str, str] = field(default_factory=dict)  # fields stamped after creation
    seen: dict[str, dict[str, str]] = field(default_factory=dict)
    by: dict[str, str] = field(default_factory=dict)

    def clock(self, name: str) -> str:
        return self.clocks.get(name, self.created)

    @property
    def newest(self) -> str:
        return max([self.created, *self.clocks.values()])

    @property
    def deleted(self) -> bool:
        return bool(self.values.get("deleted", False))

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "t": self.table,
                "o": self.origin,
                "c": self.created,
                "v": self.values,
                "k": self.clocks,
                "s": self.seen,
                "b": self.by,
            },
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes, record_id: str, scope: str) -> RecordState:
        """Parse a decrypted state; ValueError when it isn't one this version knows."""
        raw = json.loads(data)
        table = TABLES.get(raw["t"]) if isinstance(raw, dict) else None
        if table is None or (scope not in table.scopes and table.name != "review_items"):
            raise ValueError("unknown record type or scope")
        allowed = set(table.scopes.get(scope, table.fields))
        values = raw["v"]
        if not isinstance(values, dict) or not set(values) <= allowed:
            raise ValueError("fields outside the scope")
        for name in ("k", "s", "b"):
            if not isinstance(raw[name], dict):
                raise ValueError("bad clocks")
        for stamp in [raw["c"], *raw["k"].values()]:
            if not isinstance(stamp, str) or stamp.count("-") < 2:
                raise ValueError("bad stamp")
        return RecordState(
            raw["t"], record_id, scope, raw["o"], raw["c"], values, raw["k"], raw["s"], raw["b"]
        )


# --- reading states out of the vault ---------------------------------------------------


def _sql_table(table: Table) -> SqlTable:
    return table_of(table.model)


def _row_states(table: Table, row: Any) -> Iterator[RecordState]:
    clocks_column: dict[str, Any] = row.field_clocks or {}
    seen_all: dict[str, dict[str, str]] = clocks_column.get("~seen", {})
    by_all: dict[str, str] = clocks_column.get("~by", {})
    scopes = {row.scope: table.fields} if table.name == "review_items" else table.scopes
    for scope, names in scopes.items():
        clocks = {n: clocks_column[n] for n in names if n in clocks_column}
        if any(stamp == "" for stamp in clocks.values()):
            # a part of the record this device never received: send only what it has
            names = tuple(n for n in names if clocks.get(n) != "")
            clocks = {n: s for n, s in clocks.items() if s != ""}
            if not names:
                continue
        values = {n: table.codecs[n].encode(getattr(row, n)) for n in names}
        by = {n: by_all[n] for n in names if n in by_all}
        if "*" in by_all:
            by["*"] = by_all["*"]
        yield RecordState(
            table.name,
            row.id,
            scope,
            row.origin_device,
            row.created_hlc,
            values,
            clocks,
            {n: seen_all[n] for n in names if n in seen_all},
            {n: str(v) for n, v in by.items() if v},
        )


def iter_changed_states(
    conn: Connection, since: str, until: str, device: str, scopes: Iterable[str]
) -> Iterator[RecordState]:
    """States holding an edit made on this device in (since, until]: what to push.
    Values received from elsewhere are not sent back. Read as they are needed, so a
    push can send the first batch while later ones are still being read."""
    wanted = set(scopes)
    mine = "-" + device
    for name in ORDER:
        table = TABLES[name]
        sql = _sql_table(table)
        query = select(sql).where(sql.c.updated_hlc > since)
        for row in conn.execute(query):
            for state in _row_states(table, row):
                if state.scope not in wanted:
                    continue
                stamps = [state.created, *state.clocks.values()]
                if any(since < s <= until and s.endswith(mine) for s in stamps):
                    yield state


def changed_states(
    conn: Connection, since: str, until: str, device: str, scopes: Iterable[str]
) -> list[RecordState]:
    return list(iter_changed_states(conn, since, until, device, scopes))


def all_states(conn: Connection, scopes: Iterable[str]) -> list[RecordState]:
    """Every record this device holds in `scopes` (a USB bundle's content)."""
    wanted = set(scopes)
    return [
        state
        for name in ORDER
        for row in conn.execute(select(_sql_table(TABLES[name])))
        for state in _row_states(TABLES[name], row)
        if state.scope in wanted
    ]


# --- applying states -------------------------------------------------------------------


@dataclass
class ApplyResult:
    changed: int = 0
    reviews: int = 0
    participants: set[str] = field(default_factory=set)


@dataclass
class _Merged:
    values: dict[str, Any]
    clocks_column: dict[str, Any]
    changed: bool


def _local_view(table: Table, row: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    values = {n: table.codecs[n].encode(getattr(row, n)) for n in table.fields}
    return values, dict(row.field_clocks or {})


def _review_id(table: str, record_id: str, name: str, loser: str) -> str:
    return str(uuid.uuid5(_REVIEW_NAMESPACE, f"{table}/{record_id}/{name}/{loser}"))


class _Applier:
    def __init__(self, conn: Connection, clock: HybridClock) -> None:
        self.conn = conn
        self.clock = clock
        self.result = ApplyResult()
        self.reviews: dict[str, dict[str, Any]] = {}

    def review(
        self,
        table: str,
        record_id: str,
        name: str,
        kind: str,
        kept: tuple[Any, str, str | None],
        other: tuple[Any, str, str | None],
    ) -> None:
        # one item per losing value; one per record deleted while someone edited it
        item_id = (
            _review_id(table, record_id, name, other[1])
            if kind == "field"
            else _review_id(table, record_id, "~deleted", "")
        )
        self.reviews.setdefault(
            item_id,
            dict(
                id=item_id,
                record_table=table,
                record_id=record_id,
                field=name,
                kind=kind,
                scope=scope_of_field(table, name),
                kept_value=kept[0],
                kept_clock=kept[1],
                kept_by=kept[2],
                other_value=other[0],
                other_clock=other[1],
                other_by=other[2],
                resolved=False,
            ),
        )

    def merge(
        self,
        table: Table,
        state: RecordState,
        values: dict[str, Any],
        column: dict[str, Any],
        created: str,
    ) -> _Merged:
        seen_all: dict[str, dict[str, str]] = {
            k: dict(v) for k, v in column.get("~seen", {}).items()
        }
        by_all: dict[str, str] = dict(column.get("~by", {}))
        clocks = {k: v for k, v in column.items() if not k.startswith("~")}
        changed = False
        for name, incoming in state.values.items():
            local_clock = str(clocks.get(name, created))
            incoming_clock = state.clock(name)
            local_seen = seen_all.get(name, {})
            local_known = _knowledge(local_clock, local_seen)
            incoming_known = _knowledge(incoming_clock, state.seen.get(name, {}))
            if incoming_clock == local_clock or _covers(local_known, incoming_clock):
                take = False
            elif local_clock == "" or _covers(incoming_known, local_clock):
                take = True
            else:
                take = incoming_clock > local_clock
                if values.get(name) != incoming and table.name != "review_items":
                    mine = (values.get(name), local_clock, by_all.get(name) or by_all.get("*"))
                    theirs = (incoming, incoming_clock, state.by.get(name) or state.by.get("*"))
                    kept, other = (theirs, mine) if take else (mine, theirs)
                    self.review(table.name, state.id, name, "field", kept, other)
            winner = incoming_clock if take else local_clock
            joined = _join(local_known, incoming_known) if local_clock else incoming_known
            if joined.get(device_of(winner)) == winner:
                del joined[device_of(winner)]
            if take:
                changed = changed or values.get(name) != incoming or local_clock != winner
                values[name] = incoming
                if winner == created:
                    clocks.pop(name, None)
                else:
                    clocks[name] = winner
                writer = state.by.get(name) or state.by.get("*")
                if writer and writer != by_all.get("*"):
                    by_all[name] = writer
                else:
                    by_all.pop(name, None)
            if joined != local_seen:
                changed = True
                if joined:
                    seen_all[name] = joined
                else:
                    seen_all.pop(name, None)
        new_column: dict[str, Any] = dict(clocks)
        if seen_all:
            new_column["~seen"] = seen_all
        if by_all:
            new_column["~by"] = by_all
        if changed and values.get("deleted"):
            self._check_delete(table, state.id, values, created, clocks, seen_all, by_all)
        return _Merged(values, new_column, changed)

    def _check_delete(
        self,
        table: Table,
        record_id: str,
        values: dict[str, Any],
        created: str,
        clocks: dict[str, str],
        seen_all: dict[str, dict[str, str]],
        by_all: dict[str, str],
    ) -> None:
        deleted_clock = clocks.get("deleted", created)
        known = _knowledge(deleted_clock, seen_all.get("deleted", {}))
        for name, stamp in clocks.items():
            if name == "deleted" or not stamp or stamp == created or _covers(known, stamp):
                continue
            self.review(
                table.name,
                record_id,
                name,
                "deleted",
                (True, deleted_clock, by_all.get("deleted")),
                (values.get(name), stamp, by_all.get(name)),
            )
            return

    def apply(self, states: list[RecordState]) -> ApplyResult:
        # every state counts: two devices' versions of one record can come in one batch
        by_table: dict[str, list[RecordState]] = defaultdict(list)
        newest = ""
        for state in states:
            by_table[state.table].append(state)
            newest = max(newest, state.newest)
        for name in ORDER:
            if name in by_table:
                self._apply_table(TABLES[name], by_table[name])
        if self.reviews:
            self._store_reviews()
        if newest:
            self.clock.observe(newest)
        return self.result

    def _apply_table(self, table: Table, states: list[RecordState]) -> None:
        sql = _sql_table(table)
        ids = sorted({s.id for s in states})
        local: dict[str, Any] = {}
        for start in range(0, len(ids), _CHUNK):
            # the ids as one JSON parameter: a statement with hundreds of bound
            # parameters left SQLCipher (memory security on) inserting 5x slower after it
            each: Select[Any] = select(literal_column("value")).select_from(
                func.json_each(literal(json.dumps(ids[start : start + _CHUNK])))
            )
            for row in self.conn.execute(select(sql).where(sql.c.id.in_(each))):
                local[row.id] = row
        # id -> (encoded values, clocks column, created, origin); a record may come in two
        # scopes in one batch, so later states merge into what earlier ones left
        rows: dict[str, tuple[dict[str, Any], dict[str, Any], str, str]] = {}
        new: set[str] = set()
        changed: set[str] = set()
        for state in states:
            if state.id in rows:
                values, column, created, origin = rows[state.id]
            elif state.id in local:
                row = local[state.id]
                values, column = _local_view(table, row)
                created, origin = row.created_hlc, row.origin_device
            else:
                # a record new here: take it as it comes; fields of another scope stay ""
                values = dict.fromkeys(table.fields)
                values.update(state.values)
                column = {n: "" for n in table.fields if n not in state.values}
                column.update(state.clocks)
                if state.seen:
                    column["~seen"] = dict(state.seen)
                if state.by:
                    column["~by"] = dict(state.by)
                rows[state.id] = (values, column, state.created, state.origin)
                new.add(state.id)
                changed.add(state.id)
                self._note(table, state.id, values)
                continue
            merged = self.merge(table, state, dict(values), column, created)
            rows[state.id] = (merged.values, merged.clocks_column, created, origin)
            if merged.changed or state.id in new:
                changed.add(state.id)
                self._note(table, state.id, merged.values)
        inserts = [self._row(table, i, *rows[i]) for i in sorted(new)]
        updates = [self._row(table, i, *rows[i]) for i in sorted(changed - new)]
        if table.name == "users":
            self._one_active_user_per_name(inserts + updates)
        if inserts:
            self.conn.execute(sql.insert(), inserts)
        if updates:
            columns = [c for c in table.columns if c != "id"]
            statement = (
                sql.update()
                .where(sql.c.id == bindparam("b_id"))
                .values({c: bindparam("b_" + c) for c in columns})
            )
            self.conn.execute(statement, [{"b_" + k: v for k, v in r.items()} for r in updates])
        self.result.changed += len(inserts) + len(updates)

    def _one_active_user_per_name(self, rows: list[dict[str, Any]]) -> None:
        """Two devices that each added a person of the same name before syncing made two
        users; the vault allows one active user per name. Every device keeps the one with
        the smaller id active and marks the other removed (on its own creation time, so
        all devices agree); its records still show the name."""
        sql = _sql_table(TABLES["users"])
        for row in rows:
            if row["removed_at"] is not None:
                continue
            others = self.conn.execute(
                select(sql.c.id, sql.c.created_at).where(
                    sql.c.removed_at.is_(None),
                    sql.c.id != row["id"],
                    func.lower(sql.c.name) == row["name"].casefold(),
                )
            ).all()
            for other in others:
                if other.id > row["id"]:
                    self.conn.execute(
                        update(sql).where(sql.c.id == other.id).values(removed_at=other.created_at)
                    )
                else:
                    row["removed_at"] = row["created_at"]

    def _row(
        self,
        table: Table,
        record_id: str,
        values: dict[str, Any],
        column: dict[str, Any],
        created: str,
        origin: str,
    ) -> dict[str, Any]:
        stamps = [created, *(v for k, v in column.items() if not k.startswith("~") and v)]
        row: dict[str, Any] = {
            "id": record_id,
            "origin_device": origin,
            "created_hlc": created,
            "field_clocks": column,
            "updated_hlc": max(stamps),
        }
        for name in table.fields:
            value = values.get(name)
            row[name] = (
                table.codecs[name].decode(value) if value is not None else _default(table, name)
            )
        return row

    def _note(self, table: Table, record_id: str, values: dict[str, Any]) -> None:
        if table.name == "participants":
            self.result.participants.add(record_id)
        elif values.get("participant_id"):
            self.result.participants.add(values["participant_id"])

    def _store_reviews(self) -> None:
        sql = _sql_table(TABLES["review_items"])
        existing = set(self.conn.scalars(select(sql.c.id).where(sql.c.id.in_(list(self.reviews)))))
        fresh = [r for r in self.reviews.values() if r["id"] not in existing]
        if not fresh:
            return
        stamp = self.clock.now()
        for item in fresh:
            item.update(
                origin_device=self.clock.device_id,
                deleted=False,
                created_hlc=stamp,
                field_clocks={},
                updated_hlc=stamp,
            )
        self.conn.execute(sql.insert(), fresh)
        self.result.reviews += len(fresh)


def _default(table: Table, name: str) -> Any:
    """A column's default for a field not received (never shown: its stamp is "")."""
    column = _sql_table(table).c[name]
    if column.default is not None and column.default.is_scalar:
        return column.default.arg  # type: ignore[attr-defined]
    if column.default is not None and column.default.is_callable:
        return column.default.arg(None)  # type: ignore[attr-defined]
    return None


def apply_states(conn: Connection, states: list[RecordState], clock: HybridClock) -> ApplyResult:
    """Merge `states` into the vault through `conn` (inside the caller's transaction)."""
    applier = _Applier(conn, clock)
    result = applier.apply(states)
    if result.participants:
        enforce_erasure(conn, result.participants)
    return result


def enforce_erasure(conn: Connection, participant_ids: set[str]) -> None:
    """An erased participant stays erased whatever arrives later: blank any content that
    came from a device which hadn't heard of the erasure yet. Stamps are kept (every
    device ends up with the same blanks)."""
    from peerdesk.services.erasure import blank_rows

    erased = set(
        conn.scalars(
            select(Participant.id).where(
                Participant.id.in_(list(participant_ids)), Participant.erased.is_(True)
            )
        )
    )
    if erased:
        blank_rows(conn, erased)
