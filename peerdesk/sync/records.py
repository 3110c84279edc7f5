"""Which records sync, in which scope, and how their values travel as JSON.

Scopes (DESIGN.md section 5): `roster` is what a facilitator needs (display names, groups,
sessions, attendance, devices' users), `caseload` everything else about participants,
`staff` users, training and supervision. A participant is split: its display name and
flags travel in `roster`, the rest in `caseload`, so a facilitator's laptop never holds a
caseload field.
"""

from __future__ import annotations

import base64
import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Enum, LargeBinary
from sqlalchemy.orm import Mapper

from peerdesk.db import models as m
from peerdesk.db.types import UTCDateTime

META_COLUMNS = frozenset({"id", "origin_device", "created_hlc", "field_clocks", "updated_hlc"})
PARTICIPANT_ROSTER_FIELDS = frozenset({"display_name", "deleted", "erased"})

_TABLES: list[tuple[type[m.Base], str]] = [
    # parents before children, so one batch applies in an order the keys allow
    (m.User, "staff"),
    (m.Group, "roster"),
    (m.Participant, "roster+caseload"),
    (m.GroupFacilitator, "roster"),
    (m.Enrolment, "roster"),
    (m.GroupSession, "roster"),
    (m.Attendance, "roster"),
    (m.ContactMethod, "caseload"),
    (m.StatusChange, "caseload"),
    (m.SharingConsent, "caseload"),
    (m.KeyContact, "caseload"),
    (m.Contact, "caseload"),
    (m.Appointment, "caseload"),
    (m.Referral, "caseload"),
    (m.Goal, "caseload"),
    (m.Milestone, "caseload"),
    (m.GoalNote, "caseload"),
    (m.Measure, "caseload"),
    (m.RequiredTraining, "staff"),
    (m.HourRule, "staff"),
    (m.SupervisionTarget, "staff"),
    (m.TrainingRecord, "staff"),
    (m.Certificate, "staff"),
    (m.SupervisionSession, "staff"),
    (m.ReviewItem, "by-field"),
]


@dataclass(frozen=True)
class Codec:
    """Turns one column's Python value into JSON and back."""

    kind: str  # "date", "datetime", "bytes", "enum" or "plain"
    enum_type: type[enum.Enum] | None = None

    def encode(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "date":
            return value.isoformat()
        if self.kind == "datetime":
            return value.isoformat()
        if self.kind == "bytes":
            return base64.b64encode(value).decode("ascii")
        if self.kind == "enum":
            return value.value if isinstance(value, enum.Enum) else str(value)
        return value

    def decode(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "date":
            return date.fromisoformat(value)
        if self.kind == "datetime":
            return datetime.fromisoformat(value)
        if self.kind == "bytes":
            return base64.b64decode(value)
        if self.kind == "enum" and self.enum_type is not None:
            return self.enum_type(value)
        return value


@dataclass(frozen=True)
class Table:
    name: str
    model: type[m.Base]
    fields: tuple[str, ...]
    codecs: dict[str, Codec]
    scopes: dict[str, tuple[str, ...]]  # scope -> its fields ("by-field" tables: all)

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.fields, *sorted(META_COLUMNS))


def _codec(column: Any) -> Codec:
    kind = column.type
    if isinstance(kind, Date):
        return Codec("date")
    if isinstance(kind, UTCDateTime):
        return Codec("datetime")
    if isinstance(kind, LargeBinary):
        return Codec("bytes")
    if isinstance(kind, Enum):
        return Codec("enum", kind.enum_class)
    return Codec("plain")


def _table(model: type[m.Base], scope: str) -> Table:
    mapper: Mapper[Any] = model.__mapper__
    fields = tuple(c.key for c in mapper.column_attrs if c.key not in META_COLUMNS)
    codecs = {c.key: _codec(c.columns[0]) for c in mapper.column_attrs if c.key in fields}
    if scope == "roster+caseload":
        scopes = {
            "roster": tuple(f for f in fields if f in PARTICIPANT_ROSTER_FIELDS),
            "caseload": tuple(f for f in fields if f not in PARTICIPANT_ROSTER_FIELDS),
        }
    elif scope == "by-field":
        scopes = {s: fields for s in ("roster", "caseload", "staff")}
    else:
        scopes = {scope: fields}
    return Table(model.__tablename__, model, fields, codecs, scopes)


TABLES: dict[str, Table] = {model.__tablename__: _table(model, s) for model, s in _TABLES}
ORDER = [model.__tablename__ for model, _ in _TABLES]


def scope_of_field(table: str, field: str) -> str:
    if table == "participants":
        return "roster" if field in PARTICIPANT_ROSTER_FIELDS else "caseload"
    return next(iter(TABLES[table].scopes))


def scopes_for_roles(roles: set[m.Role]) -> list[str]:
    """A device holds the scopes its users' roles need (DESIGN.md section 5)."""
    if roles & {m.Role.PEER, m.Role.COORDINATOR}:
        return ["roster", "caseload", "staff"]
    return ["roster", "staff"]
